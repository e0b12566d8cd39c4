using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// Column widths that follow the content, within the text width. Every cell is measured with the font it is drawn in
/// (header and totals bold). Numeric columns are rigid: they get their widest value whole, so an amount such as
/// "16 656 000,00 €" never wraps (their header may). Text columns keep at least their longest word (or a fair share)
/// and the rest of the width goes to the columns with the most text. When everything fits, the spare width is shared
/// equally.
/// </summary>
internal static class PdfTableColumns
{
    public const double Padding = 4;

    /// <summary>A hair more than the measured width, so rounding in the line breaker never wraps a value that fits.</summary>
    private const double Slack = 0.5;

    public static double[] Widths(PdfFontSet fonts, TableBlock table, double size, double width)
    {
        var count = table.Columns.Count;
        var natural = new double[count];
        var minimum = new double[count];
        for (var c = 0; c < count; c++)
        {
            var numeric = table.Columns[c].AlignRight;
            Take(c, table.Columns[c].Header, bold: true, rigid: false);
            foreach (var row in table.Rows)
                Take(c, c < row.Cells.Count ? row.Cells[c] : [], row.IsTotal, rigid: numeric);
        }
        if (natural.Sum() <= width) return [.. natural.Select(n => n + (width - natural.Sum()) / count)];
        if (minimum.Sum() >= width) return Squeezed(table, minimum, width);
        var spare = width - minimum.Sum();
        var wanted = natural.Zip(minimum, (n, m) => n - m).ToArray();
        return [.. minimum.Select((m, c) => m + spare * wanted[c] / wanted.Sum())];

        void Take(int c, IReadOnlyList<PlanRun> cell, bool bold, bool rigid)
        {
            var runs = cell.Select(r => (Style: PdfTextLayout.StyleOf(r, bold), Run: r))
                .Select(r => (Text: fonts.Drawable(r.Run.Text, r.Style), r.Style)).ToList();
            var whole = runs.Sum(r => fonts.Measure(r.Text, size, r.Style)) + 2 * Padding + Slack;
            natural[c] = Math.Max(natural[c], whole);
            var longestWord = runs.SelectMany(r => r.Text.Split(' ').Select(w => fonts.Measure(w, size, r.Style))).DefaultIfEmpty(0).Max();
            var least = rigid ? whole : Math.Min(longestWord + 2 * Padding + Slack, width / count);
            minimum[c] = Math.Max(minimum[c], least);
        }
    }

    /// <summary>Even the minimums do not fit: numeric columns keep theirs if they can, text columns share what is left.</summary>
    private static double[] Squeezed(TableBlock table, double[] minimum, double width)
    {
        var rigid = minimum.Where((_, c) => table.Columns[c].AlignRight).Sum();
        var flexible = minimum.Sum() - rigid;
        if (rigid >= width || flexible <= 0) return [.. minimum.Select(m => m * width / minimum.Sum())];
        return [.. minimum.Select((m, c) => table.Columns[c].AlignRight ? m : m * (width - rigid) / flexible)];
    }
}
