using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.LiveBlocks;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Model;

/// <summary>The whole plan body as blocks, in reading order: each section's heading, its Markdown, then its live tables.</summary>
internal static class PlanContent
{
    public static IReadOnlyList<PlanBlock> Blocks(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = new List<PlanBlock>();
        foreach (var section in document.Sections)
        {
            var level = Math.Clamp(section.Level, 1, 2);
            blocks.Add(new HeadingBlock(level, section.Number, [new PlanRun(section.Heading)]));
            blocks.AddRange(PlanMarkdown.Parse(section.MarkdownBody, level));
            blocks.AddRange(section.Tables.Select(Table));
        }
        return blocks;
    }

    /// <summary>Finnish and Finland-Swedish both write 12.6.2025.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A live table: numeric columns right-aligned, the totals row bold, the note below.</summary>
    public static TableBlock Table(LiveTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = table.Columns.Select(c => new TableColumn([new PlanRun(c.Header)], c.Numeric)).ToList();
        var rows = table.Rows.Select(r => new TableRow(Cells(r, columns.Count, bold: false))).ToList();
        if (table.Totals is { Count: > 0 } totals) rows.Add(new TableRow(Cells(totals, columns.Count, bold: true), IsTotal: true));
        return new TableBlock(table.Caption, columns, rows, string.IsNullOrWhiteSpace(table.Note) ? null : table.Note);
    }

    private static List<IReadOnlyList<PlanRun>> Cells(IReadOnlyList<string> values, int count, bool bold) =>
        [.. Enumerable.Range(0, count).Select(i => (IReadOnlyList<PlanRun>)(i < values.Count && values[i].Length > 0
            ? [new PlanRun(values[i], Bold: bold)] : []))];
}
