using FluentValidation;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>
/// One value set by hand (a correction, a figure not in any file). <see cref="Version"/> is the row version the grid
/// showed, null for a value that did not exist: a value changed meanwhile by someone else is refused, not overwritten.
/// </summary>
public sealed class IndicatorValueForm
{
    public string IndicatorCode { get; set; } = string.Empty;
    public string MunicipalityCode { get; set; } = string.Empty;
    public DateOnly OnDate { get; set; }
    public decimal Value { get; set; }
    public uint? Version { get; set; }
    public string Source { get; set; } = string.Empty;

    public static IndicatorValueForm From(IndicatorValue value) => new()
    {
        IndicatorCode = value.IndicatorCode, MunicipalityCode = value.MunicipalityCode.Value, OnDate = value.OnDate,
        Value = value.Value, Version = value.Version, Source = value.Source,
    };
}

public sealed class IndicatorValueFormValidator : AbstractValidator<IndicatorValueForm>
{
    public IndicatorValueFormValidator()
    {
        RuleFor(f => f.IndicatorCode).NotEmpty().WithErrorCode("Validation.IndicatorRequired");
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Validation.MunicipalityRequired");
        RuleFor(f => f.Value).Must(v => v >= 0 && decimal.Round(v, 2) == v).WithErrorCode("Validation.Money");
        RuleFor(f => f.Source).NotEmpty().WithErrorCode("Validation.Required").MaximumLength(300).WithErrorCode("Validation.TooLong");
    }
}
