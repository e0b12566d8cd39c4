using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners add or change a goal's action (owner, deadline, status).</summary>
public sealed class SaveAction : RowSave<PlanAction, ActionForm>
{
    protected override DbSet<PlanAction> Set(IAppDbContext db) => db.PlanActions;

    protected override Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, ActionForm form, CancellationToken ct) =>
        PlanGoalRules.GoalExistsAsync(write.Db, form.GoalId, nameof(form.Description), ct);

    protected override Task<PlanAction> CreateAsync(WriteContext write, ActionForm form, CancellationToken ct) =>
        Task.FromResult(new PlanAction(Guid.NewGuid(), write.AreaId, form.GoalId, form.Description));

    protected override void Apply(PlanAction action, ActionForm form)
    {
        (action.Description, action.Owner, action.Status) = (form.Description.Trim(), form.Owner?.Trim(), form.Status);
        action.Deadline = form.Deadline is { } d ? DateOnly.FromDateTime(d) : null;
    }

    protected override ActionForm ToForm(PlanAction action) => ActionForm.From(action);
}
