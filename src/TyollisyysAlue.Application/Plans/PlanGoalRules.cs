using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Plans;

/// <summary>A metric or an action belongs to a goal of the area that still exists.</summary>
internal static class PlanGoalRules
{
    public static async Task<IReadOnlyList<ValidationFailure>> GoalExistsAsync(IAppDbContext db, Guid goalId, string property, CancellationToken ct) =>
        await db.PlanGoals.AnyAsync(g => g.Id == goalId, ct) ? [] : [FieldError.Of(property, "Plan.Error.GoalGone")];
}
