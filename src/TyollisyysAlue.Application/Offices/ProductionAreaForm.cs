using TyollisyysAlue.Application.Common.Writing;
using FluentValidation;
using TyollisyysAlue.Application.Staffing;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>What the production-area (group) editor posts: name, counting day and the staff estimate range.</summary>
public sealed class ProductionAreaForm : IRowForm
{
    public Guid? Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public DateTime? CountedOn { get; set; }
    public decimal? StaffLow { get; set; }
    public decimal? StaffHigh { get; set; }
    public uint Version { get; set; }

    public static ProductionAreaForm From(ProductionArea a) => new()
    {
        Id = a.Id, Name = a.Name, CountedOn = a.CountedOn.ToDateTime(TimeOnly.MinValue), StaffLow = a.StaffLow, StaffHigh = a.StaffHigh,
        Version = a.Version,
    };
}

/// <summary>Error codes are resource keys. A staff range is both ends or neither, not negative, low ≤ high.</summary>
public sealed class ProductionAreaFormValidator : AbstractValidator<ProductionAreaForm>
{
    public ProductionAreaFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("ProductionAreas.Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.CountedOn).NotNull().WithErrorCode("ProductionAreas.Validation.CountedOnRequired");
        RuleFor(f => f.StaffLow).Must(NotNegative).WithErrorCode("Staffing.Validation.Negative")
            .Must(TwoDecimals).WithErrorCode("Staffing.Validation.PersonYears");
        RuleFor(f => f.StaffHigh).Must(NotNegative).WithErrorCode("Staffing.Validation.Negative")
            .Must(TwoDecimals).WithErrorCode("Staffing.Validation.PersonYears")
            .Must((f, high) => high is null || f.StaffLow is null || f.StaffLow <= high).WithErrorCode("ProductionAreas.Validation.StaffLowAboveHigh");
        RuleFor(f => f.StaffLow).NotNull().When(f => f.StaffHigh is not null).WithErrorCode("ProductionAreas.Validation.StaffBothEnds");
        RuleFor(f => f.StaffHigh).NotNull().When(f => f.StaffLow is not null).WithErrorCode("ProductionAreas.Validation.StaffBothEnds");
    }

    private static bool NotNegative(decimal? value) => value is null || value >= 0;

    /// <summary>Person-years (two decimals, below 100 000); a negative value has its own message.</summary>
    private static bool TwoDecimals(decimal? value) => value is null || value < 0 || PersonYears.Valid(value.Value);
}
