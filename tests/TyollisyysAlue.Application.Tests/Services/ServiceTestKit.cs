using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Procurement;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Services;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Application.Tests.Services;

/// <summary>The services feature's use cases for one user in one area, over the shared test database.</summary>
internal sealed class ServiceTestKit(UseCases user)
{
    public static async Task<ServiceTestKit> CreateAsync(DatabaseFixture fixture, Guid area, string user, AreaRole role = AreaRole.Planner) =>
        new(await UseCases.ForAsync(fixture, area, user, role));

    public AreaContext Context => user.Context;

    public ServiceCatalogue Catalogue => user.Get<ServiceCatalogue>();
    public RowWrites<OfferingForm> Offerings => RowWrites<OfferingForm>.Of<SaveOffering, DeleteOffering>(user, (f, year) => f.Year = year);
    public RowWrites<LocalServiceForm> Locals => RowWrites<LocalServiceForm>.Of<SaveLocalService, DeleteLocalService>(user);
    public RowWrites<ProcurementLineForm> Procurement => RowWrites<ProcurementLineForm>.Of<SaveProcurementLine, DeleteProcurementLine>(user, (f, year) => f.Year = year);

    /// <summary>The national map, once per database (tests in parallel may race to add it).</summary>
    public static async Task EnsureMapAsync(DatabaseFixture fixture)
    {
        await using var db = fixture.CreateContext(null);
        var known = await db.Set<NationalService>().Select(s => s.Code).ToListAsync();
        db.Set<NationalService>().AddRange(NationalServiceMap.All.Where(s => !known.Contains(s.Code)));
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { /* added by a parallel test */ }
    }

    public static OfferingForm WageSubsidy(decimal cost = 2_300_000m) => new()
    {
        NationalServiceCode = "wage-subsidy", Mode = ProductionMode.OwnProduction, Cost = cost, Volume = 260,
        TargetGroups = [TargetGroups.LongTermUnemployed, TargetGroups.PartiallyAbleToWork],
    };
}
