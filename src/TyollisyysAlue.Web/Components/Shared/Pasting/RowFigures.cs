using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Texts.Pasting;

namespace TyollisyysAlue.Web.Components.Shared.Pasting;

/// <summary>A grid row's one pasteable figure as the grid showed it: the figure, the row's version, its demo mark.</summary>
public sealed record RowFigure(decimal Value, uint Version, bool IsDemo = false);

/// <summary>
/// The writes of a grid with one figure per row (budget lines' amounts, staff rows' person-years): a previewed block
/// as a write of the rows whose figure changes, and the undo of a written block.
/// </summary>
public static class RowFigures
{
    /// <summary>The rows (keyed by id) whose figure the block changes, each at the version the grid showed; null when none changes.</summary>
    public static TForm? FormOf<TForm>(PastePreview preview, IReadOnlyDictionary<Guid, RowFigure> shown) where TForm : RowValuesForm, new()
    {
        var rows = preview.Cells
            .Select(c => (Id: Guid.Parse(c.Row.Key), c.Value))
            .Where(c => shown.TryGetValue(c.Id, out var was) && was.Value != c.Value)
            .Select(c => new RowValue { Id = c.Id, Version = shown[c.Id].Version, Value = c.Value })
            .ToList();
        return rows.Count == 0 ? null : new TForm { Rows = rows };
    }

    /// <summary>
    /// The undo of <paramref name="written"/>: each row's figure (and demo mark) before, expected to still hold what was
    /// written, at the version read just after the write — so an undo never overwrites a later change by anyone.
    /// </summary>
    public static TForm? UndoOf<TForm>(IReadOnlyDictionary<Guid, RowFigure> before, IReadOnlyDictionary<Guid, RowFigure> after, TForm written)
        where TForm : RowValuesForm, new()
    {
        var rows = written.Rows
            .Where(w => before.ContainsKey(w.Id) && after.ContainsKey(w.Id))
            .Select(w => new RowValue { Id = w.Id, Version = after[w.Id].Version, Value = before[w.Id].Value, Expected = w.Value, IsDemo = before[w.Id].IsDemo })
            .ToList();
        return rows.Count == 0 ? null : new TForm { Rows = rows };
    }
}
