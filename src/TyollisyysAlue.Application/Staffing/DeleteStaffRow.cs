using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>Planners remove a staff row.</summary>
public sealed class DeleteStaffRow : RowDelete<StaffAllocation, StaffForm>
{
    protected override DbSet<StaffAllocation> Set(IAppDbContext db) => db.StaffAllocations;
    protected override StaffForm ToForm(StaffAllocation row) => StaffForm.From(row);
}
