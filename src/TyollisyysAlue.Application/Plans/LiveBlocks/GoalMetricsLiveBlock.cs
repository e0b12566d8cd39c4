using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>
/// The goals' metrics linked to a series: baseline, target, the latest value of a period ended by the version's date
/// (and by the end of the block's year), its source and where it stands. Approval freezes the table like every live
/// block, so an approved plan keeps the figures it was decided with.
/// </summary>
public sealed class GoalMetricsLiveBlock(IAppDbContextFactory contexts, MetricValuesQuery metricValues) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.GoalMetrics;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var t = TextTable.In(request.Language);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var goals = await db.PlanGoals.AsNoTracking().ToDictionaryAsync(g => g.Id, cancellationToken);
        var metrics = await db.PlanMetrics.AsNoTracking().Where(m => m.SeriesIndicatorCode != null).ToListAsync(cancellationToken);
        var yearEnd = new DateOnly(request.Year, 12, 31);
        var asOf = request.AsOf < yearEnd ? request.AsOf : yearEnd;
        var values = await metricValues.LoadAsync(metrics.OrderBy(m => goals.TryGetValue(m.GoalId, out var g) ? g.Position : int.MaxValue).ThenBy(m => m.Name),
            asOf, cancellationToken);
        var rows = values.Select(v => (IReadOnlyList<string>)
        [
            goals.TryGetValue(v.Metric.GoalId, out var goal) ? goal.Title : "",
            v.Metric.Name,
            $"{v.Indicator.NameIn(t.Language)}, {MetricWording.Whose(v, t)}",
            v.Progress.Baseline is { } b ? v.Figure(b) : v.Metric.Baseline ?? "",
            (v.Progress.Target is { } target ? v.Figure(target) : v.Metric.Target ?? "") + (v.Metric.TargetYear is { } y ? $" ({y})" : ""),
            v.Progress.Latest is { } latest ? v.Figure(latest.Value) : "–",
            v.Progress.Latest is { } at ? v.Period(at.Period) : "",
            v.Progress.Latest is null ? "" : MetricWording.Source(v, t),
            MetricWording.Status(v, t),
        ]).ToList();
        return new LiveTable(Kind, LiveBlockRenderer.Caption(Kind, request.Year, t),
            [new(t["Plan.Goal"]), new(t["Plan.Metric"]), new(t["Live.Series"]), new(t["Plan.Baseline"], true), new(t["Plan.Target"], true),
             new(t["Live.Latest"], true), new(t["Import.Period"]), new(t["Plan.Source"]), new(t["Live.Status"])],
            rows, Note: rows.Count == 0 ? t["Live.NoLinkedMetrics"] : null);
    }
}
