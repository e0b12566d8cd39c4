using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Procurement;
using TyollisyysAlue.Domain.Services;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// Each demo area's 2025 services and procurement plan from its seed's own facts (DemoServiceFacts); amounts the
/// seeds do not give are invented and flagged <c>IsDemo</c>. Added to an area that has no services yet.
/// </summary>
public static class DemoServices
{
    public const int Year = 2025;

    public static async Task SeedAsync(IDbContextFactory<AppDbContext> contexts, AreaContext areaContext, CancellationToken ct)
    {
        areaContext.SetUser(null, "demo-data");
        foreach (var (areaId, build) in DemoServiceFacts.Areas)
        {
            areaContext.EnterArea(areaId);
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (!await db.Areas.AnyAsync(a => a.Id == areaId, ct)
                || await db.Set<ServiceOffering>().AnyAsync(ct) || await db.Set<LocalService>().AnyAsync(ct)) continue;
            var plan = new Builder(areaId);
            build(plan);
            db.Set<LocalService>().AddRange(plan.Locals);
            await db.SaveChangesAsync(ct);
            db.Set<ServiceOffering>().AddRange(plan.Offerings);
            await db.SaveChangesAsync(ct);
            db.Set<ProcurementLine>().AddRange(plan.Lines);
            await db.SaveChangesAsync(ct);
        }
        areaContext.LeaveArea();
    }

    /// <summary>Collects one area's rows; <see cref="Offer"/> returns the offering so that a procurement line can name it.</summary>
    public sealed class Builder(Guid areaId, int year = Year)
    {
        public List<LocalService> Locals { get; } = [];
        public List<ServiceOffering> Offerings { get; } = [];
        public List<ProcurementLine> Lines { get; } = [];

        public LocalService Local(ServiceGroup group, ServiceAudience audience, string fi, string? sv, string? en)
        {
            var local = new LocalService(Guid.NewGuid(), areaId, group, audience, fi) { NameSv = sv, NameEn = en };
            Locals.Add(local);
            return local;
        }

        public ServiceOffering Offer(string? national, ProductionMode mode, decimal cost, int? volume = null, TargetGroups groups = TargetGroups.None,
            StatutoryClass? statutory = null, string? producer = null, string? note = null, bool demo = true, LocalService? local = null,
            VolumeUnit unit = VolumeUnit.Customers)
        {
            var offering = new ServiceOffering(Guid.NewGuid(), areaId, year, mode)
            {
                NationalServiceCode = local is null ? national : null, LocalServiceId = local?.Id, Cost = cost, Volume = volume,
                TargetGroups = groups, StatutoryClass = statutory, Producer = producer, Note = note, IsDemo = demo, VolumeUnit = unit,
            };
            Offerings.Add(offering);
            return offering;
        }

        public void Procure(ServiceOffering offering, ProcurementCategory category, decimal value, ProcurementProcedure procedure,
            string? title = null, string? supplier = null, DateOnly? tender = null, int? months = null, DirectAwardGround? ground = null, bool demo = true) =>
            Lines.Add(new ProcurementLine(Guid.NewGuid(), areaId, year, offering.Id, category, value)
            {
                Procedure = procedure, Title = title, Supplier = supplier, TenderDate = tender, ContractMonths = months,
                DirectAwardGround = ground, IsDemo = demo,
            });
    }
}
