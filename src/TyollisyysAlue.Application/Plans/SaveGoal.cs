using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners add a goal (after the others) or change its group and title.</summary>
public sealed class SaveGoal : RowSave<PlanGoal, GoalForm>
{
    protected override DbSet<PlanGoal> Set(IAppDbContext db) => db.PlanGoals;

    protected override async Task<PlanGoal> CreateAsync(WriteContext write, GoalForm form, CancellationToken ct) =>
        new(Guid.NewGuid(), write.AreaId, form.Group, form.Title, await write.Db.PlanGoals.CountAsync(ct));

    protected override void Apply(PlanGoal goal, GoalForm form)
    {
        goal.Group = form.Group.Trim();
        goal.Title = form.Title.Trim();
    }

    protected override GoalForm ToForm(PlanGoal goal) => GoalForm.From(goal);
}
