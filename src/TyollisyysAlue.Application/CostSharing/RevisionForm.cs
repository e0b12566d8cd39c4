using FluentValidation;
using TyollisyysAlue.Application.Budgets;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>A revision of the year's appropriations: from month m on, the shared cost is this, by this decision.</summary>
public sealed class RevisionForm
{
    public int Year { get; set; }
    public int FromMonth { get; set; } = 7;
    public decimal SharedCost { get; set; }
    public string DecisionReference { get; set; } = string.Empty;
}

public sealed class RevisionFormValidator : AbstractValidator<RevisionForm>
{
    public RevisionFormValidator()
    {
        RuleFor(f => f.FromMonth).InclusiveBetween(1, 12).WithErrorCode("Validation.Month");
        RuleFor(f => f.SharedCost).Must(BudgetLineFormValidator.BeMoney).WithErrorCode("Validation.Money");
        RuleFor(f => f.DecisionReference).NotEmpty().WithErrorCode("Validation.DecisionRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
    }
}
