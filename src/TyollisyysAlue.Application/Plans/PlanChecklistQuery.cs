using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// A version's checklist and the latest value of each linked metric: today's for a version still open, as of its
/// own date for one that is submitted or approved (a figure published later does not change what it showed).
/// </summary>
public sealed record PlanChecklistView(IReadOnlyList<ChecklistItem> Items, IReadOnlyList<MetricValues> Metrics, DateOnly AsOf);

/// <summary>The completeness checklist of one version, from the stored sections, goals and comments.</summary>
public sealed class PlanChecklistQuery(IAppDbContextFactory contexts, MetricValuesQuery metricValues, TimeProvider clock)
{
    public async Task<IReadOnlyList<ChecklistItem>> EvaluateAsync(Guid versionId, CancellationToken ct = default) =>
        (await LoadAsync(versionId, ct))?.Items ?? [];

    public async Task<PlanChecklistView?> LoadAsync(Guid versionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var version = await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null) return null;
        var sections = await db.PlanSections.AsNoTracking().Where(s => s.VersionId == versionId).ToListAsync(ct);
        var unresolved = await db.PlanComments.CountAsync(c => c.VersionId == versionId && c.ParentId == null && c.ResolvedAt == null, ct);
        var metrics = await db.PlanMetrics.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        var today = HelsinkiTime.Today(clock);
        var asOf = version.IsEditable ? today : version.VersionDate;
        var values = await metricValues.LoadAsync(metrics, asOf, ct);
        var unmeasured = values.Where(v => v.Progress.Latest is null).Select(v => v.Metric.Id).ToList();
        var items = PlanChecklist.Evaluate(version, sections, await db.PlanGoals.AsNoTracking().ToListAsync(ct),
            metrics, await db.PlanActions.AsNoTracking().ToListAsync(ct), unresolved, today, unmeasured);
        return new PlanChecklistView(items, values, asOf);
    }
}
