using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>A row with the kinds of numbers the product's editors have: an amount, an optional bound, a count and person-years.</summary>
public sealed class FigureForm : IRowForm
{
    public Guid? Id { get; set; } = Guid.NewGuid();
    public decimal Amount { get; set; } = 1000m;
    public decimal? RangeHigh { get; set; }
    public int? Count { get; set; }
    public decimal PersonYears { get; set; } = 3m;
    public uint Version { get; set; } = 4;
}

public sealed class FigureFormValidator : AbstractValidator<FigureForm>
{
    public FigureFormValidator() => RuleFor(f => f.RangeHigh).Must((f, high) => high is null || high >= f.Amount).WithErrorCode("Validation.RangeHighBelowAmount");
}
