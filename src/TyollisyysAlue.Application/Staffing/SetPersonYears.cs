using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>The person-years of staff rows pasted from Excel (or an undo of such a paste).</summary>
public sealed class PersonYearsForm : RowValuesForm;

public sealed class PersonYearsFormValidator() : RowValuesFormValidator<PersonYearsForm>(PersonYears.Valid, "Staffing.Validation.PersonYears");

/// <summary>
/// Sets the person-years of many staff rows at once, all or nothing. A figure typed by a person is no longer demo (as
/// the row editor does); an undo puts the earlier demo mark back.
/// </summary>
public sealed class SetPersonYears : SetRowValues<StaffAllocation, PersonYearsForm>
{
    protected override DbSet<StaffAllocation> Set(IAppDbContext db) => db.StaffAllocations;
    protected override Guid IdOf(StaffAllocation row) => row.Id;
    protected override decimal ValueOf(StaffAllocation row) => row.PersonYears;
    protected override uint VersionOf(StaffAllocation row) => row.Version;
    protected override string NameOf(StaffAllocation row) => row.Location;

    protected override void Apply(StaffAllocation row, RowValue value)
    {
        row.PersonYears = value.Value;
        row.IsDemo = value.IsDemo;
    }
}
