using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Infrastructure.Exports.Plans.Model;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Docx;

/// <summary>
/// A table: caption above (Caption style, also the table's w:tblCaption for screen readers), a header row marked
/// w:tblHeader (repeated on every page, read as headers), rows that do not split across pages, numeric columns
/// right-aligned, the totals row bold with a heavier rule, the note below.
/// </summary>
internal static class DocxTables
{
    public static IEnumerable<OpenXmlElement> Convert(MainDocumentPart main, TableBlock table)
    {
        if (table.Columns.Count == 0) yield break;
        if (table.Caption is not null)
            yield return new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }), DocxRuns.Plain(table.Caption));

        var properties = new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct });
        properties.Append(new TableLook { FirstRow = true, NoVerticalBand = true });
        if (table.Caption is not null) properties.Append(new TableCaption { Val = DocxRuns.Clean(table.Caption) });
        var grid = new TableGrid([.. table.Columns.Select(_ => new GridColumn { Width = (9000 / table.Columns.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })]);
        var wordTable = new Table(properties, grid);
        wordTable.Append(Row(main, [.. table.Columns.Select(c => c.Header)], table.Columns, header: true, total: false));
        foreach (var row in table.Rows) wordTable.Append(Row(main, row.Cells, table.Columns, header: false, row.IsTotal));
        yield return wordTable;

        if (table.Note is not null)
            yield return new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableNote" }), DocxRuns.Plain(table.Note));
        else yield return new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableNote" }));
    }

    private static WordTableRow Row(MainDocumentPart main, IReadOnlyList<IReadOnlyList<PlanRun>> cells, IReadOnlyList<TableColumn> columns, bool header, bool total)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (header) rowProperties.Append(new TableHeader());
        var row = new WordTableRow(rowProperties);
        for (var c = 0; c < columns.Count; c++)
        {
            var cellProperties = new TableCellProperties();
            if (header) cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E8ECF2", Color = "auto" });
            if (total) cellProperties.Append(new TableCellBorders(new TopBorder { Val = BorderValues.Single, Size = 12 }));
            var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
            if (columns[c].AlignRight) paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
            var paragraph = new WordParagraph(paragraphProperties);
            paragraph.Append(DocxRuns.Convert(main, c < cells.Count ? cells[c] : [], bold: header || total));
            row.Append(new TableCell(cellProperties, paragraph));
        }
        return row;
    }
}
