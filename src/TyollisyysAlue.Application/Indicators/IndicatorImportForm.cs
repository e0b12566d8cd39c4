using FluentValidation;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>A planned import (see <see cref="IndicatorImportPlan"/>) to apply whole, with the source recorded on every value.</summary>
public sealed class IndicatorImportForm
{
    public string IndicatorCode { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public IndicatorImportPlan Plan { get; set; } = new([], []);

    /// <summary>How many values the import adds or changes.</summary>
    public int Changes => Plan.Values.Count(v => v.Change != ImportChange.Unchanged);
}

/// <summary>A file with a single bad row is not imported: it is fixed and uploaded again.</summary>
public sealed class IndicatorImportFormValidator : AbstractValidator<IndicatorImportForm>
{
    public IndicatorImportFormValidator()
    {
        RuleFor(f => f.IndicatorCode).NotEmpty().WithErrorCode("Validation.IndicatorRequired");
        RuleFor(f => f.Source).NotEmpty().WithErrorCode("Validation.Required").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Plan.Errors).Empty().WithErrorCode("Import.Errors").WithState(f => new object[] { f.Plan.Errors.Count });
    }
}
