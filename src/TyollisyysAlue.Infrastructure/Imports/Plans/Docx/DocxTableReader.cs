using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Docx;

/// <summary>
/// A Word table on the grid: a cell spanning columns (w:gridSpan) or continuing a vertical merge (w:vMerge) leaves
/// covered positions; a cell's paragraphs are joined by spaces; a table inside a cell keeps its text only; a cell
/// whose paragraphs are all right-aligned is right-aligned; the table's title (w:tblCaption) is kept.
/// </summary>
internal sealed class DocxTableReader(DocxPlanReader reader)
{
    public List<ImportOmission> Omissions { get; } = [];

    public ImportTable Read(Table table)
    {
        var rows = new List<IReadOnlyList<ImportCell>>();
        foreach (var row in Children<TableRow>(table))
        {
            var cells = new List<ImportCell>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < before; i++) cells.Add(new ImportCell([]));
            foreach (var cell in Children<TableCell>(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                if (Continues(properties))
                {
                    cells.AddRange(Enumerable.Repeat(ImportCell.CoveredCell, span));
                    continue;
                }
                cells.Add(Cell(cell));
                cells.AddRange(Enumerable.Repeat(ImportCell.CoveredCell, span - 1));
            }
            rows.Add(cells);
        }
        var caption = table.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value;
        return new ImportTable(rows, string.IsNullOrWhiteSpace(caption) ? null : caption.Trim());
    }

    private ImportCell Cell(TableCell cell)
    {
        var runs = new List<ImportRun>();
        var alignments = new List<bool>();
        foreach (var element in cell.ChildElements)
        {
            if (element is Table nested)
            {
                Omissions.Add(new ImportOmission(ImportNoteKind.NestedTable));
                Append(runs, [new ImportRun(nested.InnerText)]);
                continue;
            }
            foreach (var paragraph in element is Paragraph p ? [p] : element.Descendants<Paragraph>())
            {
                var scan = reader.Scan(paragraph);
                Omissions.AddRange(scan.Omissions);
                if (!scan.HasText) continue;
                Append(runs, scan.Runs);
                var justification = paragraph.ParagraphProperties?.Justification?.Val?.Value;
                alignments.Add(justification is JustificationValues.Right or JustificationValues.End);
            }
        }
        return new ImportCell(runs, AlignRight: alignments.Count > 0 && alignments.All(a => a));
    }

    private static void Append(List<ImportRun> runs, IEnumerable<ImportRun> more)
    {
        if (runs.Count > 0) runs.Add(new ImportRun(" "));
        runs.AddRange(more);
    }

    /// <summary>w:vMerge without a value, or "continue", continues the cell above.</summary>
    private static bool Continues(TableCellProperties? properties) =>
        properties?.VerticalMerge is { } merge && (merge.Val is null || !merge.Val.HasValue || merge.Val.Value == MergedCellValues.Continue)
        || properties?.HorizontalMerge is { Val.Value: MergedCellValues.Continue };

    /// <summary>Rows of a table and cells of a row, also inside content controls and custom XML, never of a nested table.</summary>
    private static IEnumerable<T> Children<T>(OpenXmlElement parent) where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match) yield return match;
            else if (child is SdtRow or SdtCell or CustomXmlRow or CustomXmlCell or SdtContentRow or SdtContentCell)
                foreach (var inner in Children<T>(child)) yield return inner;
        }
    }
}
