using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// The demo plans: Porvoo's draft of 30.5.2023 (Finnish, with its Swedish counterpart) and Kuopio's approved plan of
/// 5.12.2024 with its goals, metrics and actions. Kuopio's live tables are frozen as approval would freeze them.
/// Also into an existing demo database (once per area).
/// </summary>
public sealed class DemoPlanSeeder(IDbContextFactory<AppDbContext> contexts, AreaContext areaContext, LiveBlockRenderer renderer)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        areaContext.SetUser(null, "demo-data");
        var (fi, fiSections) = DemoPlans.PorvooFinnish();
        var (sv, svSections) = DemoPlans.PorvooSwedish(fi);
        await SeedAreaAsync(DemoAreas.Porvoo, [(fi, fiSections), (sv, svSections)], DemoPlans.PorvooGoals().ToList(), [], [], ct);
        var (kuopio, kuopioSections) = DemoPlans.Kuopio();
        var (goals, metrics, actions) = DemoPlanGoals.Kuopio();
        await SeedAreaAsync(DemoAreas.Kuopio, [(kuopio, kuopioSections)], goals, metrics, actions, ct);
        areaContext.LeaveArea();
    }

    private async Task SeedAreaAsync(Guid area, List<(PlanVersion Version, IReadOnlyList<PlanSection> Sections)> versions,
        List<PlanGoal> goals, List<PlanMetric> metrics, List<PlanAction> actions, CancellationToken ct)
    {
        areaContext.EnterArea(area);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Areas.AnyAsync(a => a.Id == area, ct)) return;
        if (await db.PlanVersions.AnyAsync(ct))
        {
            await DemoPlans.RenameEarlierTitlesAsync(db, ct);
            return;
        }
        foreach (var (version, sections) in versions)
        {
            if (version.Status == PlanStatus.Approved)
            {
                foreach (var section in sections.Where(s => s.LiveBlocks.Length > 0))
                    section.FrozenTablesJson = JsonSerializer.Serialize(
                        await renderer.RenderAsync(LiveBlockRefs.Parse(section.LiveBlocks), version.VersionDate, version.Language, ct), PlanWorkflow.Json);
            }
            var counterpart = version.CounterpartId;
            version.CounterpartId = null; // both rows first, then the links
            db.PlanVersions.Add(version);
            db.PlanSections.AddRange(sections);
            await db.SaveChangesAsync(ct);
            version.CounterpartId = counterpart;
        }
        db.PlanGoals.AddRange(goals);
        db.PlanMetrics.AddRange(metrics);
        db.PlanActions.AddRange(actions);
        await db.SaveChangesAsync(ct);
    }
}
