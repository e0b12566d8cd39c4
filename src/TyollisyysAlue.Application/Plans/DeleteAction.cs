using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners remove a goal's action.</summary>
public sealed class DeleteAction : RowDelete<PlanAction, ActionForm>
{
    protected override DbSet<PlanAction> Set(IAppDbContext db) => db.PlanActions;
    protected override ActionForm ToForm(PlanAction action) => ActionForm.From(action);
}
