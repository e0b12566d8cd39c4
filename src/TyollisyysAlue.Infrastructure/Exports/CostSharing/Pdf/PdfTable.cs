using UglyToad.PdfPig.Core;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>
/// A table of the agenda PDF: municipality code and name, then right-aligned figure columns, a totals row; headings
/// wrap onto as many lines as they need and are repeated on every page the table runs onto.
/// </summary>
internal static class PdfTable
{
    // The code column fits "Kommunnummer" in bold on one line (a single word is never broken).
    private const double Size = 7.5, RowHeight = 11, LineHeight = 9, CodeWidth = 80, NameWidth = 100;

    public sealed record Row(string Code, string Name, IReadOnlyList<string> Cells, bool IsBold = false);

    public static void Write(PdfCanvas canvas, string codeHeading, string nameHeading, IReadOnlyList<string> headings,
        IReadOnlyList<Row> rows, Row totals)
    {
        var width = Math.Min(110, (PdfCanvas.Right - PdfCanvas.Margin - CodeWidth - NameWidth) / headings.Count);
        var rights = Enumerable.Range(1, headings.Count).Select(i => PdfCanvas.Margin + CodeWidth + NameWidth + i * width).ToList();
        var wrapped = headings.Select(h => canvas.Wrap(h, width - 6, Size, true)).ToList();
        var code = canvas.Wrap(codeHeading, CodeWidth - 4, Size, true);
        var name = canvas.Wrap(nameHeading, NameWidth - 4, Size, true);
        var lines = wrapped.Append(code).Append(name).Max(w => w.Count);

        void Headings()
        {
            for (var line = 0; line < lines; line++)
            {
                var y = canvas.Y - line * LineHeight;
                if (line < code.Count) canvas.Text(code[line], PdfCanvas.Margin, Size, isBold: true, y: y);
                if (line < name.Count) canvas.Text(name[line], PdfCanvas.Margin + CodeWidth, Size, isBold: true, y: y);
                for (var i = 0; i < wrapped.Count; i++)
                    if (line < wrapped[i].Count) canvas.TextRight(wrapped[i][line], rights[i], Size, isBold: true, y: y);
            }
            canvas.MoveDown((lines - 1) * LineHeight);
            Rule(canvas);
        }

        void Write(Row row)
        {
            if (canvas.EnsureRoom(RowHeight)) Headings();
            canvas.MoveDown(RowHeight);
            canvas.Text(row.Code, PdfCanvas.Margin, Size, row.IsBold);
            canvas.Text(canvas.Fit(row.Name, NameWidth - 4, Size, row.IsBold), PdfCanvas.Margin + CodeWidth, Size, row.IsBold);
            foreach (var (cell, right) in row.Cells.Zip(rights))
                canvas.TextRight(cell, right, Size, row.IsBold);
        }

        canvas.EnsureRoom(lines * LineHeight + 2 * RowHeight);
        Headings();
        foreach (var row in rows) Write(row);
        canvas.EnsureRoom(RowHeight);
        Rule(canvas);
        Write(totals with { IsBold = true });
        canvas.MoveDown(2 * RowHeight);
    }

    private static void Rule(PdfCanvas canvas) =>
        canvas.Page.DrawLine(new PdfPoint(PdfCanvas.Margin, canvas.Y - 3), new PdfPoint(PdfCanvas.Right, canvas.Y - 3), 0.5);
}
