using System.Text;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>Lists and tables of an imported document as the plan's Markdown (nested lists, pipe tables).</summary>
public static class ImportMarkdownBlocks
{
    /// <summary>
    /// One list: each item indented under its parent's text (CommonMark needs the parent marker's width), numbered
    /// items counted per level. <paramref name="alternate"/> writes "*" and "1)" instead of "-" and "1." so that two
    /// lists in a row stay two lists.
    /// </summary>
    public static string List(IReadOnlyList<ImportListItem> items, Action<string> unsafeLink, bool alternate = false)
    {
        var lines = new List<string>();
        var indents = new List<int>();   // per open level: the column its item's text starts at
        var counters = new List<int>();  // per open level: items so far under the same parent
        foreach (var item in items)
        {
            var depth = Math.Min(item.Depth, indents.Count);
            if (indents.Count > depth + 1)
            {
                indents.RemoveRange(depth + 1, indents.Count - depth - 1);
                counters.RemoveRange(depth + 1, counters.Count - depth - 1);
            }
            if (counters.Count == depth) { counters.Add(0); indents.Add(0); }
            var number = ++counters[depth];
            var indent = depth == 0 ? 0 : indents[depth - 1];
            var marker = item.Ordered ? $"{number}{(alternate ? ')' : '.')} " : alternate ? "* " : "- ";
            var text = ImportMarkdown.Inline(item.Runs, unsafeLink);
            var continuation = new string(' ', indent + marker.Length);
            lines.Add(new string(' ', indent) + marker + text.Replace("\n", "\n" + continuation, StringComparison.Ordinal));
            indents[depth] = indent + marker.Length;
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// A pipe table: the first row is the header; merged cells are flattened (their text in the first position, the
    /// covered ones empty); a column whose cells are all right-aligned stays right-aligned.
    /// </summary>
    public static (string Markdown, bool HadMergedCells) Table(ImportTable table, Action<string> unsafeLink)
    {
        var rows = table.Rows.Where(r => r.Count > 0).ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (width == 0) return ("", false);
        var merged = rows.Any(r => r.Any(c => c.Covered));
        var text = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Enumerable.Range(0, width).Select(c => c < rows[r].Count && !rows[r][c].Covered
                ? ImportMarkdown.Inline(rows[r][c].Runs, unsafeLink, inCell: true, header: r == 0) : "");
            text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
            if (r == 0) text.Append('|').AppendJoin("|", Enumerable.Range(0, width).Select(c => RightAligned(rows, c) ? "--:" : "---")).Append("|\n");
        }
        return (text.ToString().TrimEnd('\n'), merged);
    }

    private static bool RightAligned(List<IReadOnlyList<ImportCell>> rows, int column)
    {
        var body = rows.Skip(1).Where(r => column < r.Count && !r[column].Covered && r[column].Runs.Any(run => run.Text.Trim().Length > 0)).ToList();
        return body.Count > 0 && body.All(r => r[column].AlignRight);
    }
}
