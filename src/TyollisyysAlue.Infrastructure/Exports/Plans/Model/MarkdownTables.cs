using Markdig.Extensions.Tables;
using Markdig.Syntax;
using TyollisyysAlue.Infrastructure.Markup;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Model;

/// <summary>A Markdown pipe table as a <see cref="TableBlock"/>: its first header row, right alignment kept.</summary>
internal static class MarkdownTables
{
    public static TableBlock Convert(Table table)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows.FirstOrDefault();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var columns = Enumerable.Range(0, width).Select(i => new TableColumn(
            header is not null && i < header.Count ? CellRuns(header[i]) : [],
            PlanMarkdownSyntax.Alignment(table, i) == TableColumnAlign.Right)).ToList();
        var body = rows.Where(r => r != header).Select(r => new TableRow(
            [.. Enumerable.Range(0, width).Select(i => i < r.Count ? CellRuns(r[i]) : (IReadOnlyList<PlanRun>)[])])).ToList();
        return new TableBlock(null, columns, body);
    }

    private static List<PlanRun> CellRuns(Block cell) =>
        cell is ContainerBlock container
            ? [.. container.OfType<LeafBlock>().SelectMany(leaf => MarkdownInlines.Runs(leaf.Inline))]
            : [];
}
