using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>
/// Landscape A4 pages written top to bottom: a cursor that moves down line by line and starts a new page
/// when the next block does not fit. Text is placed by its left or right edge (numbers are right-aligned).
/// </summary>
internal sealed class PdfCanvas
{
    public const double Width = 842, Height = 595, Margin = 40, FooterSpace = 30;
    private readonly PdfDocumentBuilder builder;
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;

    public PdfCanvas(PdfDocumentBuilder builder)
    {
        this.builder = builder;
        regular = builder.AddTrueTypeFont(EmbeddedFonts.Regular);
        bold = builder.AddTrueTypeFont(EmbeddedFonts.Bold);
        NewPage();
    }

    public PdfPageBuilder Page { get; private set; } = null!;
    public List<PdfPageBuilder> Pages { get; } = [];
    /// <summary>The baseline of the next line, in points from the bottom of the page.</summary>
    public double Y { get; private set; }
    public static double Right => Width - Margin;

    public void NewPage()
    {
        Page = builder.AddPage(Width, Height);
        Pages.Add(Page);
        Y = Height - Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit above the footer.</summary>
    public bool EnsureRoom(double height)
    {
        if (Y - height >= Margin + FooterSpace) return false;
        NewPage();
        return true;
    }

    public void MoveDown(double points) => Y -= points;

    public void Text(string text, double x, double size, bool isBold = false, double? y = null) =>
        Page.AddText(text, size, new PdfPoint(x, y ?? Y), isBold ? bold : regular);

    public void TextRight(string text, double right, double size, bool isBold = false, double? y = null) =>
        Text(text, right - Measure(text, size, isBold), size, isBold, y);

    public double Measure(string text, double size, bool isBold = false)
    {
        if (text.Length == 0) return 0;
        var letters = Page.MeasureText(text, size, new PdfPoint(0, 0), isBold ? bold : regular);
        return letters.Max(l => l.EndBaseLine.X);
    }

    /// <summary><paramref name="text"/> shortened with "…" until it fits <paramref name="width"/>.</summary>
    public string Fit(string text, double width, double size, bool isBold = false)
    {
        if (Measure(text, size, isBold) <= width) return text;
        var shortened = text;
        while (shortened.Length > 1 && Measure(shortened + "…", size, isBold) > width) shortened = shortened[..^1];
        return shortened + "…";
    }

    /// <summary>
    /// <paramref name="text"/> in lines of whole words that fit <paramref name="width"/> (a heading wraps instead of
    /// being cut, issue 12.8: "Kuntanu…"); only a single word wider than the column is shortened with "…".
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, double width, double size, bool isBold = false)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Measure(candidate, size, isBold) <= width) { line = candidate; continue; }
            if (line.Length > 0) lines.Add(line);
            line = Fit(word, width, size, isBold);
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    /// <summary>Writes each page's footer once all pages exist: (left text, right text) from the page number and count.</summary>
    public void Footers(Func<int, int, (string Left, string Right)> footer)
    {
        var current = Page;
        for (var i = 0; i < Pages.Count; i++)
        {
            Page = Pages[i];
            var (left, right) = footer(i + 1, Pages.Count);
            Text(left, Margin, 7, y: Margin - 10);
            TextRight(right, Right, 7, y: Margin - 10);
        }
        Page = current;
    }
}
