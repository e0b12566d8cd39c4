namespace TyollisyysAlue.Texts.Pasting;

/// <summary>
/// Lays a pasted block over a grid, as Excel would: rows by their label when the block has a label column (a name in
/// any language, or a code), otherwise by position from the focused row; value columns by position from the focused
/// column. Every cell is read by <see cref="NumberInput"/>; an empty cell changes nothing.
/// </summary>
public static class PasteMapping
{
    public static PastePreview Map(PastedBlock block, PasteTarget target, PasteAnchor anchor)
    {
        var lines = block.Rows.Select((cells, i) => (Line: i + 1, Cells: cells)).ToList();
        var skippedHeader = lines.Count > 1 && IsHeader(lines[0].Cells, target);
        if (skippedHeader) lines.RemoveAt(0);
        var hasLabels = HasLabelColumn(lines.Select(l => l.Cells).ToList(), target);
        var cells = new List<PasteCell>();
        var problems = new List<PasteProblem>();
        var used = new HashSet<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, texts) = lines[i];
            var firstValue = hasLabels ? 1 : 0;
            var row = hasLabels ? ByLabel(target, texts[0]) : ByPosition(target, anchor.Row + i);
            if (row is null)
            {
                var label = hasLabels ? texts[0].Trim() : string.Empty;
                problems.Add(hasLabels ? new(line, 1, label, null, null, PastePreview.UnknownRow, [label]) : new(line, 1, string.Empty, null, null, PastePreview.NoRow, []));
                continue;
            }
            if (!used.Add(row.Key))
            {
                problems.Add(new(line, 1, texts[0].Trim(), row, null, PastePreview.DuplicateRow, [row.Name]));
                continue;
            }
            for (var c = firstValue; c < texts.Count; c++)
            {
                var text = texts[c];
                if (string.IsNullOrWhiteSpace(text)) continue;
                var at = anchor.Column + c - firstValue;
                var column = at >= 0 && at < target.Columns.Count ? target.Columns[at] : null;
                if (column is null)
                {
                    problems.Add(new(line, c + 1, text.Trim(), row, null, PastePreview.NoColumn, []));
                    continue;
                }
                var reading = NumberInput.Read(text, target.Rule);
                if (reading.IsValid) cells.Add(new(line, c + 1, text.Trim(), row, column, reading.Value!.Value));
                else problems.Add(new(line, c + 1, text.Trim(), row, column, reading.ErrorCode!, reading.Args));
            }
        }
        if (cells.Count == 0 && problems.Count == 0) problems.Add(new(0, 0, string.Empty, null, null, PastePreview.Nothing, []));
        return new PastePreview(hasLabels, skippedHeader, cells, problems);
    }

    /// <summary>A first line with no number in it and no row's label is the copied header ("Kunta", dates…), not data.</summary>
    private static bool IsHeader(IReadOnlyList<string> cells, PasteTarget target) =>
        cells.Count > 0 && ByLabel(target, cells[0]) is null
        && cells.Where(c => !string.IsNullOrWhiteSpace(c)).All(c => !NumberInput.Read(c, target.Rule).IsValid);

    /// <summary>
    /// The first column names the rows when a first cell starts with a letter (a name: "12,5x" is a bad value, not a
    /// label), or when every first cell is a row's code ("434") and there are values beside it.
    /// </summary>
    private static bool HasLabelColumn(List<IReadOnlyList<string>> lines, PasteTarget target) =>
        lines.Any(cells => cells.Count > 0 && cells[0].TrimStart().Length > 0 && char.IsLetter(cells[0].TrimStart()[0]))
        || (lines.Count > 0 && lines.All(cells => cells.Count > 1 && ByLabel(target, cells[0]) is not null));

    private static PasteRow? ByLabel(PasteTarget target, string label)
    {
        var wanted = label.Trim();
        return target.Rows.FirstOrDefault(r => r.Labels.Append(r.Name).Any(l => string.Equals(l.Trim(), wanted, StringComparison.OrdinalIgnoreCase)));
    }

    private static PasteRow? ByPosition(PasteTarget target, int index) => index >= 0 && index < target.Rows.Count ? target.Rows[index] : null;
}
