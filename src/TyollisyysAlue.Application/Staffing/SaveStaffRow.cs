using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>Planners add or change a staff row (person-years by location, process and funding).</summary>
public sealed class SaveStaffRow : RowSave<StaffAllocation, StaffForm>
{
    protected override DbSet<StaffAllocation> Set(IAppDbContext db) => db.StaffAllocations;

    protected override Task<StaffAllocation> CreateAsync(WriteContext write, StaffForm form, CancellationToken ct) =>
        Task.FromResult(new StaffAllocation(Guid.NewGuid(), write.AreaId, form.Location.Trim(), form.Process, form.Funding, form.PersonYears));

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
