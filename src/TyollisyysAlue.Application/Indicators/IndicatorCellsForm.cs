using FluentValidation;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>
/// Many values of one indicator saved at once, all or nothing: a block pasted from Excel, or the undo of the last
/// change (the previous values written back). Every cell names the version the grid showed, so that a value someone
/// else changed meanwhile is a conflict, never overwritten.
/// </summary>
public sealed class IndicatorCellsForm
{
    public string IndicatorCode { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public List<IndicatorCell> Cells { get; set; } = [];
}

/// <summary>
/// One value: <see cref="Value"/> null removes it (the undo of a value the paste added); <see cref="Version"/> null
/// means there was none. <see cref="Expected"/>, when set, is the value the cell must still hold (the undo's check
/// that nobody changed it after the change being undone).
/// </summary>
public sealed class IndicatorCell
{
    public string MunicipalityCode { get; set; } = string.Empty;
    public DateOnly OnDate { get; set; }
    public decimal? Value { get; set; }
    public uint? Version { get; set; }
    public decimal? Expected { get; set; }

    /// <summary>An undo's earlier source and demo mark of the value it puts back (null: the form's source, not demo).</summary>
    public string? Source { get; set; }
    public bool IsDemo { get; set; }
}

public sealed class IndicatorCellsFormValidator : AbstractValidator<IndicatorCellsForm>
{
    public IndicatorCellsFormValidator()
    {
        RuleFor(f => f.IndicatorCode).NotEmpty().WithErrorCode("Validation.IndicatorRequired");
        RuleFor(f => f.Source).NotEmpty().WithErrorCode("Validation.Required").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Cells).NotEmpty().WithErrorCode("Paste.Nothing");
        RuleFor(f => f.Cells).Must(c => c.DistinctBy(x => (x.MunicipalityCode, x.OnDate)).Count() == c.Count).WithErrorCode("Paste.DuplicateCell");
        RuleForEach(f => f.Cells).ChildRules(cell =>
        {
            cell.RuleFor(c => c.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Validation.MunicipalityRequired");
            cell.RuleFor(c => c.Value).Must(v => v is null || (v >= 0 && decimal.Round(v.Value, 2) == v)).WithErrorCode("Validation.Money");
            cell.RuleFor(c => c.Version).NotNull().When(c => c.Value is null).WithErrorCode("Validation.Required");
            cell.RuleFor(c => c.Source).MaximumLength(300).WithErrorCode("Validation.TooLong");
        });
    }
}
