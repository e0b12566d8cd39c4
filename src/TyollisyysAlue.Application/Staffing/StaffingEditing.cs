using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>The area's staff rows, its figures and the table built from them.</summary>
public sealed record StaffingView(IReadOnlyList<StaffAllocation> Rows, StaffingPlan? Plan, StaffingTable Table)
{
    public bool UsesDemoData => Rows.Any(r => r.IsDemo) || Plan?.IsDemo == true;
    public decimal? NeedIncreasePercent => StaffingTable.NeedIncreasePercent(Plan?.TransferringPersonYears, Plan?.NeededPersonYears);
    public decimal? CustomersPerPersonYear => Table.CustomersPerPersonYear(Plan?.Customers);
}

/// <summary>Staff rows (person-years by process and location) of the current area.</summary>
public sealed class StaffingEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<StaffForm> validator)
    : RowEditing<StaffAllocation, StaffForm>(contexts, area, validator)
{
    public async Task<StaffingView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await Contexts.CreateAsync(ct);
        var rows = (await db.StaffAllocations.AsNoTracking().ToListAsync(ct))
            .OrderBy(r => r.Funding).ThenBy(r => r.Process is null ? int.MaxValue : (int)r.Process).ThenBy(r => r.Location, StringComparer.Ordinal).ToList();
        var plan = await db.StaffingPlans.AsNoTracking().FirstOrDefaultAsync(ct);
        var table = StaffingTable.Of(rows.Select(r => new StaffCell(r.Location, r.Process, r.Funding, r.PersonYears)));
        return new StaffingView(rows, plan, table);
    }

    protected override DbSet<StaffAllocation> Set(IAppDbContext db) => db.StaffAllocations;

    protected override StaffAllocation Create(Guid areaId, StaffForm form) =>
        new(Guid.NewGuid(), areaId, form.Location.Trim(), form.Process, form.Funding, form.PersonYears);

    protected override void Apply(StaffAllocation row, StaffForm form)
    {
        row.Location = form.Location.Trim();
        row.Process = form.Process;
        row.Funding = form.Funding;
        row.PersonYears = form.PersonYears;
        row.IsDemo = false;
    }

    protected override StaffForm ToForm(StaffAllocation row) => StaffForm.From(row);
}

/// <summary>The area's one set of staff figures (transferring, need, customers).</summary>
public sealed class StaffingPlanEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<StaffingPlanForm> validator)
    : RowEditing<StaffingPlan, StaffingPlanForm>(contexts, area, validator)
{
    protected override DbSet<StaffingPlan> Set(IAppDbContext db) => db.StaffingPlans;
    protected override StaffingPlan Create(Guid areaId, StaffingPlanForm form) => new(Guid.NewGuid(), areaId);

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
