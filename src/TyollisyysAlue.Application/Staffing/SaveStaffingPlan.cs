using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>Planners set the area's one set of staff figures (transferring, need, customers).</summary>
public sealed class SaveStaffingPlan : RowSave<StaffingPlan, StaffingPlanForm>
{
    protected override DbSet<StaffingPlan> Set(IAppDbContext db) => db.StaffingPlans;

    protected override Task<StaffingPlan> CreateAsync(WriteContext write, StaffingPlanForm form, CancellationToken ct) =>
        Task.FromResult(new StaffingPlan(Guid.NewGuid(), write.AreaId));

    protected override void Apply(StaffingPlan plan, StaffingPlanForm form)
    {
        plan.TransferringPersonYears = form.TransferringPersonYears;
        plan.NeededPersonYears = form.NeededPersonYears;
        plan.Customers = form.Customers;
        plan.Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim();
        plan.IsDemo = false;
    }

    protected override StaffingPlanForm ToForm(StaffingPlan plan) => StaffingPlanForm.From(plan);
}
