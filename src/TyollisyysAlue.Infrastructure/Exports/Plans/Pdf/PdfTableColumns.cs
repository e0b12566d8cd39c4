using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// Column widths for a table across the text width: each column gets what its longest cell needs when that
/// fits; otherwise every column keeps at least its longest word (or a fair share) and the rest of the width
/// goes to the columns with the most text.
/// </summary>
internal static class PdfTableColumns
{
    public const double Padding = 4;

    public static double[] Widths(PdfFontSet fonts, TableBlock table, double size, double width)
    {
        var count = table.Columns.Count;
        var natural = new double[count];
        var minimum = new double[count];
        for (var c = 0; c < count; c++)
        {
            var cells = table.Rows.Select(r => c < r.Cells.Count ? r.Cells[c] : []).Append(table.Columns[c].Header);
            foreach (var cell in cells)
            {
                var runs = cell.Select(r => (Text: fonts.Drawable(r.Text, PdfTextLayout.StyleOf(r, false)), Style: PdfTextLayout.StyleOf(r, false))).ToList();
                natural[c] = Math.Max(natural[c], runs.Sum(r => fonts.Measure(r.Text, size, r.Style)) + 2 * Padding);
                var longestWord = runs.SelectMany(r => r.Text.Split(' ').Select(w => fonts.Measure(w, size, r.Style))).DefaultIfEmpty(0).Max();
                minimum[c] = Math.Max(minimum[c], Math.Min(longestWord + 2 * Padding, width / count));
            }
        }
        if (natural.Sum() <= width) return [.. natural.Select(n => n + (width - natural.Sum()) / count)];
        if (minimum.Sum() >= width) return [.. minimum.Select(m => m * width / minimum.Sum())];
        var spare = width - minimum.Sum();
        var wanted = natural.Zip(minimum, (n, m) => n - m).ToArray();
        return [.. minimum.Select((m, c) => m + spare * wanted[c] / wanted.Sum())];
    }
}
