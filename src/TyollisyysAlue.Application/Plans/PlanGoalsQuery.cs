using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>The area's goals with their metrics and actions.</summary>
public sealed record GoalBook(IReadOnlyList<PlanGoal> Goals, IReadOnlyList<PlanMetric> Metrics, IReadOnlyList<PlanAction> Actions)
{
    public IEnumerable<IGrouping<string, PlanGoal>> Groups => Goals.OrderBy(g => g.Position).GroupBy(g => g.Group);
    public IEnumerable<PlanMetric> MetricsOf(Guid goalId) => Metrics.Where(m => m.GoalId == goalId);
    public IEnumerable<PlanAction> ActionsOf(Guid goalId) => Actions.Where(a => a.GoalId == goalId).OrderBy(a => a.Deadline ?? DateOnly.MaxValue);
    public ActionProgress Progress(DateOnly today) => new(
        Actions.Count(a => a.Status == PlanActionStatus.Done),
        Actions.Count(a => a.Status != PlanActionStatus.Done && !a.IsOverdue(today)),
        Actions.Count(a => a.IsOverdue(today)));
}

/// <summary>Done, still open (planned or ongoing, on time) and overdue actions.</summary>
public sealed record ActionProgress(int Done, int Open, int Overdue)
{
    public int Total => Done + Open + Overdue;
}

/// <summary>Goals, metrics and actions of the current area (everyone reads; planners edit through the Save/Delete use cases).</summary>
public sealed class PlanGoalsQuery(IAppDbContextFactory contexts)
{
    public async Task<GoalBook> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return new GoalBook(await db.PlanGoals.AsNoTracking().OrderBy(g => g.Position).ToListAsync(ct),
            await db.PlanMetrics.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct),
            await db.PlanActions.AsNoTracking().ToListAsync(ct));
    }
}
