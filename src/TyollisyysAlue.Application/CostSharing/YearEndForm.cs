using FluentValidation;
using TyollisyysAlue.Application.Budgets;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>The year's actual shared cost, and optionally the later year its balance is carried to by a decision.</summary>
public sealed class YearEndForm
{
    public int Year { get; set; }
    public decimal ActualSharedCost { get; set; }
    public int? CarryToYear { get; set; }
    public string? DecisionReference { get; set; }
    /// <summary>Why <see cref="ActualSharedCost"/> differs from the figure computed from the year's actuals (then required).</summary>
    public string? OverrideReason { get; set; }
}

public sealed class YearEndFormValidator : AbstractValidator<YearEndForm>
{
    public YearEndFormValidator()
    {
        RuleFor(f => f.ActualSharedCost).Must(BudgetLineFormValidator.BeMoney).WithErrorCode("Validation.Money");
        RuleFor(f => f.DecisionReference).NotEmpty().When(f => f.CarryToYear is not null).WithErrorCode("Validation.DecisionRequired");
        RuleFor(f => f.OverrideReason).MaximumLength(500).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.CarryToYear).Must((f, carry) => carry is null || carry > f.Year).WithErrorCode("Validation.CarryLater");
    }
}
