using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners remove a goal with its metrics and actions (each removal audited).</summary>
public sealed class DeleteGoal : RowDelete<PlanGoal, GoalForm>
{
    protected override DbSet<PlanGoal> Set(IAppDbContext db) => db.PlanGoals;
    protected override GoalForm ToForm(PlanGoal goal) => GoalForm.From(goal);

    protected override async Task RemovingAsync(IAppDbContext db, PlanGoal goal, CancellationToken ct)
    {
        db.PlanMetrics.RemoveRange(await db.PlanMetrics.Where(m => m.GoalId == goal.Id).ToListAsync(ct));
        db.PlanActions.RemoveRange(await db.PlanActions.Where(a => a.GoalId == goal.Id).ToListAsync(ct));
    }
}
