using System.Globalization;
using System.Xml.Linq;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Odt;

/// <summary>
/// An OpenDocument table on its grid: header rows and row groups walked through, repeated rows and cells repeated (up
/// to a bound: spreadsheets repeat empty cells to the sheet's edge), covered cells of a merge kept as covered
/// positions, a cell's paragraphs joined by spaces, a nested table kept as text.
/// </summary>
internal sealed class OdtTableReader(OdtPlanReader reader, OdtStyleSheet styles)
{
    private const int MaxColumns = 64, MaxRows = 2000;

    public List<ImportOmission> Omissions { get; } = [];

    public ImportTable Read(XElement table)
    {
        var rows = new List<IReadOnlyList<ImportCell>>();
        foreach (var row in Rows(table))
        {
            var cells = new List<ImportCell>();
            foreach (var cell in row.Elements())
            {
                var repeat = Repeat(cell, "number-columns-repeated");
                if (cell.Name == OdtNames.Table + "covered-table-cell")
                    for (var i = 0; i < repeat && cells.Count < MaxColumns; i++) cells.Add(ImportCell.CoveredCell);
                else if (cell.Name == OdtNames.Table + "table-cell")
                {
                    var read = Cell(cell);
                    for (var i = 0; i < repeat && cells.Count < MaxColumns; i++) cells.Add(read);
                }
            }
            // A spreadsheet-like row ends in repeated empty cells: they are not columns.
            while (cells.Count > 0 && !cells[^1].Covered && cells[^1].Runs.Count == 0) cells.RemoveAt(cells.Count - 1);
            for (var i = 0; i < Repeat(row, "number-rows-repeated") && rows.Count < MaxRows; i++) rows.Add(cells);
        }
        while (rows.Count > 0 && rows[^1].Count == 0) rows.RemoveAt(rows.Count - 1);
        return new ImportTable(rows);
    }

    private ImportCell Cell(XElement cell)
    {
        var runs = new List<ImportRun>();
        var alignments = new List<bool>();
        foreach (var element in cell.Elements())
        {
            if (element.Name == OdtNames.Table + "table")
            {
                Omissions.Add(new ImportOmission(ImportNoteKind.NestedTable));
                Append(runs, [new ImportRun(element.Value)]);
                continue;
            }
            foreach (var paragraph in element.DescendantsAndSelf().Where(e => e.Name == OdtNames.Text + "p" || e.Name == OdtNames.Text + "h"))
            {
                var (paragraphRuns, style) = reader.Runs(paragraph);
                if (ImportMarkdown.Plain(paragraphRuns).Length == 0) continue;
                Append(runs, paragraphRuns);
                alignments.Add(styles.AlignsRight(style));
            }
        }
        return new ImportCell(runs, AlignRight: alignments.Count > 0 && alignments.All(a => a));
    }

    private static void Append(List<ImportRun> runs, IEnumerable<ImportRun> more)
    {
        if (runs.Count > 0) runs.Add(new ImportRun(" "));
        runs.AddRange(more);
    }

    private static IEnumerable<XElement> Rows(XElement container)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == OdtNames.Table + "table-row") yield return element;
            else if (element.Name.LocalName is "table-header-rows" or "table-rows" or "table-row-group" && element.Name.Namespace == OdtNames.Table)
                foreach (var row in Rows(element)) yield return row;
        }
    }

    private static int Repeat(XElement element, string attribute) =>
        int.TryParse((string?)element.Attribute(OdtNames.Table + attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, MaxRows) : 1;
}
