using TyollisyysAlue.Application.Common.Writing;
using FluentValidation;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>What the staff row editor posts.</summary>
public sealed class StaffForm : IRowForm
{
    public Guid? Id { get; set; }
    public string Location { get; set; } = string.Empty;
    public KeyProcess? Process { get; set; }
    public StaffFunding Funding { get; set; } = StaffFunding.Area;
    public decimal PersonYears { get; set; }
    public uint Version { get; set; }

    public static StaffForm From(StaffAllocation row) => new()
    {
        Id = row.Id, Location = row.Location, Process = row.Process, Funding = row.Funding, PersonYears = row.PersonYears, Version = row.Version,
    };
}

/// <summary>The area's staff figures beside the table.</summary>
public sealed class StaffingPlanForm : IRowForm
{
    public Guid? Id { get; set; }
    public decimal? TransferringPersonYears { get; set; }
    public decimal? NeededPersonYears { get; set; }
    public int? Customers { get; set; }
    public string? Note { get; set; }
    public uint Version { get; set; }

    public static StaffingPlanForm From(StaffingPlan plan) => new()
    {
        Id = plan.Id, TransferringPersonYears = plan.TransferringPersonYears, NeededPersonYears = plan.NeededPersonYears,
        Customers = plan.Customers, Note = plan.Note, Version = plan.Version,
    };
}

/// <summary>Person-years: not negative, at most two decimals, below 100 000.</summary>
public static class PersonYears
{
    public static bool Valid(decimal value) => value >= 0 && value < 100_000m && decimal.Round(value, 2) == value;
}

public sealed class StaffFormValidator : AbstractValidator<StaffForm>
{
    public StaffFormValidator()
    {
        RuleFor(f => f.Location).NotEmpty().WithErrorCode("Staffing.Validation.LocationRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.PersonYears).Must(v => v >= 0).WithErrorCode("Staffing.Validation.Negative")
            .Must(PersonYears.Valid).WithErrorCode("Staffing.Validation.PersonYears");
    }
}

public sealed class StaffingPlanFormValidator : AbstractValidator<StaffingPlanForm>
{
    public StaffingPlanFormValidator()
    {
        RuleFor(f => f.TransferringPersonYears).Must(v => v is null || v >= 0).WithErrorCode("Staffing.Validation.Negative")
            .Must(v => v is null || PersonYears.Valid(v.Value)).WithErrorCode("Staffing.Validation.PersonYears");
        RuleFor(f => f.NeededPersonYears).Must(v => v is null || v >= 0).WithErrorCode("Staffing.Validation.Negative")
            .Must(v => v is null || PersonYears.Valid(v.Value)).WithErrorCode("Staffing.Validation.PersonYears");
        RuleFor(f => f.Customers).Must(v => v is null or >= 0).WithErrorCode("Staffing.Validation.Negative");
        RuleFor(f => f.Note).MaximumLength(1000).WithErrorCode("Validation.TooLong");
    }
}
