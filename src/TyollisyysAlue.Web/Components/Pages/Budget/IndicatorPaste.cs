using System.Globalization;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Texts.Pasting;
using TyollisyysAlue.Web.Localization;

namespace TyollisyysAlue.Web.Components.Pages.Budget;

/// <summary>The indicator grid as a paste target, a previewed block as its write, and the undo of a written block.</summary>
public static class IndicatorPaste
{
    private const string DateKey = "yyyy-MM-dd";

    /// <summary>Rows are the municipalities (by their name in either language or their code), columns the grid's dates.</summary>
    public static PasteTarget TargetOf(IndicatorGrid grid, NumberRule rule) => new(
        grid.Municipalities.Select(m => new PasteRow(m.Code.Value, LocalName.In(CultureSetup.Language, m.NameFi, m.NameSv),
            m.NameSv is { } sv ? [m.NameFi, sv, m.Code.Value] : [m.NameFi, m.Code.Value])).ToList(),
        grid.Dates.Select(d => new PasteColumn(d.ToString(DateKey, CultureInfo.InvariantCulture), Formats.Date(d))).ToList(),
        rule);

    /// <summary>The cells whose value changes, each at the version the grid showed (none for a new value); null when none changes.</summary>
    public static IndicatorCellsForm? FormOf(IndicatorGrid grid, PastePreview preview, string source)
    {
        var cells = preview.Cells
            .Select(c => (Code: MunicipalityCode.Parse(c.Row.Key), Date: DateOnly.ParseExact(c.Target.Key, DateKey, CultureInfo.InvariantCulture), c.Value))
            .Select(c => (c, Was: grid.Values.GetValueOrDefault((c.Code, c.Date))))
            .Where(x => x.Was?.Value != x.c.Value)
            .Select(x => new IndicatorCell { MunicipalityCode = x.c.Code.Value, OnDate = x.c.Date, Value = x.c.Value, Version = x.Was?.Version })
            .ToList();
        return cells.Count == 0 ? null : new IndicatorCellsForm { IndicatorCode = grid.Indicator.Code, Source = source, Cells = cells };
    }

    /// <summary>
    /// The undo of <paramref name="written"/>: each cell's value before (none: remove it) with its source and demo mark, expected to still hold what
    /// was written, at the version read just after the write — so an undo never overwrites a later change by anyone.
    /// </summary>
    public static IndicatorCellsForm? UndoOf(IndicatorGrid? before, IndicatorGrid after, IEnumerable<IndicatorCell> written, string source)
    {
        if (before is null) return null;
        var cells = written
            .Select(w => (w, Key: (MunicipalityCode.Parse(w.MunicipalityCode), w.OnDate)))
            .Where(x => after.Values.ContainsKey(x.Key))
            .Select(x => (x.w, x.Key, Was: before.Values.GetValueOrDefault(x.Key)))
            .Select(x => new IndicatorCell
            {
                MunicipalityCode = x.w.MunicipalityCode, OnDate = x.w.OnDate, Value = x.Was?.Value,
                Version = after.Values[x.Key].Version, Expected = x.w.Value, Source = x.Was?.Source, IsDemo = x.Was?.IsDemo ?? false,
            })
            .ToList();
        return cells.Count == 0 ? null : new IndicatorCellsForm { IndicatorCode = after.Indicator.Code, Source = source, Cells = cells };
    }

    /// <summary>Which value someone else changed meanwhile, to what, who and when; nothing of the block was saved.</summary>
    public static string ConflictText(IStringLocalizer l, IndicatorGrid grid, WriteOutcome<IndicatorCell>.Conflict conflict)
    {
        var theirs = conflict.Theirs;
        var name = theirs is null ? "?" : grid.Municipalities.Where(m => m.Code.Value == theirs.MunicipalityCode)
            .Select(m => LocalName.In(CultureSetup.Language, m.NameFi, m.NameSv)).FirstOrDefault() ?? theirs.MunicipalityCode;
        return l["Paste.Conflict", name, theirs is null ? "?" : Formats.Date(theirs.OnDate), theirs?.Value is { } v ? Formats.Figure(v) : "–",
            conflict.ChangedBy ?? "?", conflict.ChangedAt is { } at ? Formats.Time(at) : "?"];
    }
}
