using TyollisyysAlue.Infrastructure.Exports.Plans.Model;
using UglyToad.PdfPig.Core;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// A table as Table › Caption, TR › TH (scope column) / TD, with the note as a paragraph below. Cells wrap; a row
/// that does not fit starts a new page, where the header row is drawn again as an artifact (so a screen reader
/// meets it once). Numeric columns are right-aligned; the totals row is bold with a heavier rule above it.
/// </summary>
internal static class PdfTableWriter
{
    private const double Size = 8.5, CaptionSize = 9.5, VerticalPadding = 3;

    public static void Write(PdfPlanCanvas canvas, TableBlock table, PdfTag parent, double left, double right)
    {
        if (table.Columns.Count == 0) return;
        var widths = PdfTableColumns.Widths(canvas.Fonts, table, Size, right - left);
        var tag = parent.Add("Table");
        var header = Layout(canvas, table.Columns.Select(c => c.Header).ToList(), widths, bold: true);
        var firstRow = table.Rows.Count > 0 ? Layout(canvas, table.Rows[0].Cells, widths, false) : [];
        canvas.EnsureRoom(Height(header) + Height(firstRow) + (table.Caption is null ? 0 : 2 * CaptionSize * PdfTextWriter.Leading));
        canvas.Y -= 4;
        if (table.Caption is not null)
        {
            var lines = PdfTextLayout.Wrap(canvas.Fonts, [new PlanRun(table.Caption)], CaptionSize, right - left, bold: true);
            PdfTextWriter.Paragraph(canvas, tag.Add("Caption"), lines, left, CaptionSize);
            canvas.Y -= 2;
        }
        Row(canvas, tag.Add("TR"), header, table.Columns, widths, left, right, isHeader: true, isTotal: false, artifact: false);
        foreach (var row in table.Rows)
        {
            var cells = Layout(canvas, row.Cells, widths, row.IsTotal);
            if (canvas.EnsureRoom(Height(cells)))
                Row(canvas, null, header, table.Columns, widths, left, right, isHeader: true, isTotal: false, artifact: true);
            Row(canvas, tag.Add("TR"), cells, table.Columns, widths, left, right, isHeader: false, row.IsTotal, artifact: false);
        }
        canvas.Y -= 6;
        if (table.Note is not null)
        {
            var note = PdfTextLayout.Wrap(canvas.Fonts, [new PlanRun(table.Note, Italic: true)], Size, right - left);
            PdfTextWriter.Paragraph(canvas, parent.Add("P"), note, left, Size);
            canvas.Y -= 6;
        }
    }

    private static List<IReadOnlyList<PdfLine>> Layout(PdfPlanCanvas canvas, IReadOnlyList<IReadOnlyList<PlanRun>> cells, double[] widths, bool bold) =>
        [.. widths.Select((w, c) => PdfTextLayout.Wrap(canvas.Fonts, c < cells.Count ? cells[c] : [], Size, w - 2 * PdfTableColumns.Padding, bold))];

    private static double Height(List<IReadOnlyList<PdfLine>> cells) =>
        cells.Count == 0 ? 0 : cells.Max(c => c.Count) * Size * PdfTextWriter.Leading + 2 * VerticalPadding;

    private static void Row(PdfPlanCanvas canvas, PdfTag? row, List<IReadOnlyList<PdfLine>> cells, IReadOnlyList<TableColumn> columns,
        double[] widths, double left, double right, bool isHeader, bool isTotal, bool artifact)
    {
        var height = Height(cells);
        var top = canvas.Y;
        if (isHeader)
            PdfPlanCanvas.Artifact(canvas.Page.Builder, p =>
            {
                p.SetTextAndFillColor(232, 236, 242);
                p.DrawRectangle(new PdfPoint(left, top - height), right - left, height, 0, fill: true);
                p.ResetColor();
            });
        if (isTotal) canvas.Rule(left, right, top, 1);
        var x = left;
        for (var c = 0; c < widths.Length; c++)
        {
            var cellLeft = x;
            var cellWidth = widths[c] - 2 * PdfTableColumns.Padding;
            var alignRight = columns[c].AlignRight;
            var cell = row?.Add(isHeader ? "TH" : "TD", columnHeader: isHeader);
            for (var l = 0; l < cells[c].Count; l++)
            {
                var line = cells[c][l];
                var lineLeft = cellLeft + PdfTableColumns.Padding + (alignRight ? cellWidth - line.Width : 0);
                var baseline = top - VerticalPadding - Size - l * Size * PdfTextWriter.Leading;
                if (cell is null) PdfPlanCanvas.Artifact(canvas.Page.Builder, _ => PdfTextWriter.Draw(canvas, line, lineLeft, baseline, Size), "Header");
                else PdfTextWriter.Line(canvas, cell, line, lineLeft, baseline, Size);
            }
            x += widths[c];
        }
        canvas.Y -= height;
        canvas.Rule(left, right, canvas.Y, isHeader ? 0.8 : 0.3);
    }
}
