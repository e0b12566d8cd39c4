using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>Offices, production areas, staff and partners of each demo area, each added where the area has none yet
/// (also into a demo database created before these features).</summary>
public static class DemoOfficesSeeder
{
    public static async Task SeedAsync(IDbContextFactory<AppDbContext> contexts, AreaContext areaContext, CancellationToken ct)
    {
        areaContext.SetUser(null, "demo-data");
        foreach (var area in DemoAreas.Areas.Select(a => a.Id))
        {
            areaContext.EnterArea(area);
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (!await db.Areas.AnyAsync(a => a.Id == area, ct)) continue;
            if (!await db.ServicePoints.AnyAsync(ct)) db.ServicePoints.AddRange(DemoOffices.For(area));
            if (!await db.ProductionAreas.AnyAsync(ct))
            {
                foreach (var (group, units) in DemoProductionAreas.For(area))
                {
                    db.ProductionAreas.Add(group);
                    db.ProductionAreaUnits.AddRange(units);
                }
            }
            if (!await db.StaffAllocations.AnyAsync(ct)) db.StaffAllocations.AddRange(DemoStaffing.Rows(area));
            if (!await db.StaffingPlans.AnyAsync(ct) && DemoStaffing.Plan(area) is { } plan) db.StaffingPlans.Add(plan);
            if (!await db.Partners.AnyAsync(ct)) db.Partners.AddRange(DemoPartners.For(area));
            await db.SaveChangesAsync(ct);
        }
        areaContext.LeaveArea();
    }
}
