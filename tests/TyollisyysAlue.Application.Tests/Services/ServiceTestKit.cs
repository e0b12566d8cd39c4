using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Procurement;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Services;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Application.Tests.Services;

/// <summary>The services feature's use cases for one user in one area, over the shared test database.</summary>
internal sealed class ServiceTestKit(DatabaseFixture fixture, Guid area, string user, AreaRole role = AreaRole.Planner)
{
    public AreaContext Context { get; } = Enter(area, user, role);
    private TestContextFactory Contexts => new(fixture, Context);

    public ServiceCatalogue Catalogue => new(Contexts);
    public OfferingEditing Offerings => new(Contexts, Context, new OfferingFormValidator());
    public LocalServiceEditing Locals => new(Contexts, Context, new LocalServiceFormValidator());
    public ProcurementEditing Procurement => new(Contexts, Context, new ProcurementLineFormValidator());

    private static AreaContext Enter(Guid area, string user, AreaRole role)
    {
        var context = new AreaContext();
        context.SetUser(Guid.NewGuid(), user);
        context.EnterArea(area, [role]);
        return context;
    }

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
