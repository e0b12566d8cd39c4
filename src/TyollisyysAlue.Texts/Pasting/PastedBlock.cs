namespace TyollisyysAlue.Texts.Pasting;

/// <summary>
/// The text Excel (or LibreOffice, or Google Sheets) puts on the clipboard for a copied range: one line per row,
/// cells separated by tabs, a cell holding a tab, newline or quote written in double quotes. Rows may be ragged.
/// </summary>
public sealed class PastedBlock
{
    private PastedBlock(IReadOnlyList<IReadOnlyList<string>> rows) => Rows = rows;

    /// <summary>The cells, row by row, as text (unquoted, not trimmed: the number reader trims).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public bool IsEmpty => Rows.Count == 0;

    public static PastedBlock Parse(string? text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var source = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var quoted = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < source.Length && source[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == '\t') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        // Excel ends the copy with a newline; blank lines at the end (or start) carry nothing to paste.
        while (rows.Count > 0 && IsBlank(rows[^1])) rows.RemoveAt(rows.Count - 1);
        while (rows.Count > 0 && IsBlank(rows[0])) rows.RemoveAt(0);
        return new PastedBlock(rows);
    }

    private static bool IsBlank(IReadOnlyList<string> row) => row.All(string.IsNullOrWhiteSpace);
}
