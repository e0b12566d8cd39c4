using TyollisyysAlue.Infrastructure.Exports.Plans.Model;
using UglyToad.PdfPig.Core;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// The table of contents: its lines are laid out before the body (so its pages can be reserved), filled in
/// once the body shows where each section heading landed. Each entry (TOCI) is a Link to the heading's page
/// with the page number right-aligned; tagged TOC › TOCI › Link.
/// </summary>
internal sealed class PdfContents
{
    private const double TitleSize = 16, Indent = 18, NumberWidth = 36;
    private readonly PdfPlanCanvas canvas;
    private readonly List<(HeadingBlock Heading, IReadOnlyList<PdfLine> Lines, double Size, int Page, double Top)> entries = [];

    public PdfContents(PdfPlanCanvas canvas, IEnumerable<HeadingBlock> sections)
    {
        this.canvas = canvas;
        var (page, y) = (0, PdfPlanCanvas.Top - TitleSize * PdfTextWriter.Leading - 12);
        foreach (var heading in sections)
        {
            var size = heading.Level == 1 ? 10.5 : 10;
            var left = Left(heading);
            var lines = PdfTextLayout.Wrap(canvas.Fonts, [new PlanRun(heading.Text, Bold: heading.Level == 1)], size, PdfPlanCanvas.Right - NumberWidth - left);
            var height = lines.Count * size * PdfTextWriter.Leading + (heading.Level == 1 ? 5 : 1);
            if (y - height < PdfPlanCanvas.Bottom) (page, y) = (page + 1, PdfPlanCanvas.Top);
            entries.Add((heading, lines, size, page, y));
            y -= height;
        }
        PageCount = entries.Count == 0 ? 1 : entries[^1].Page + 1;
    }

    public int PageCount { get; }

    /// <summary>Writes the title and entries onto the reserved pages from <paramref name="firstPage"/>.</summary>
    public void Write(int firstPage, string title, PdfTag heading, PdfTag toc, IReadOnlyList<PdfHeadingPlace> places)
    {
        var titleLine = PdfTextLayout.Wrap(canvas.Fonts, [new PlanRun(title)], TitleSize, 400, bold: true)[0];
        canvas.Tagged(heading, p => Draw(p, titleLine, PdfPlanCanvas.Margin, PdfPlanCanvas.Top - TitleSize, TitleSize), firstPage);
        foreach (var (entry, place) in entries.Zip(places))
        {
            var page = firstPage + entry.Page;
            var left = Left(entry.Heading);
            var link = toc.Add("TOCI").Add("Link", description: entry.Heading.Text);
            var number = (place.Page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var numberWidth = canvas.Fonts.Measure(number, entry.Size, PdfFontStyle.Regular);
            var baseline = entry.Top - entry.Size;
            canvas.Tagged(link, p =>
            {
                for (var l = 0; l < entry.Lines.Count; l++) Draw(p, entry.Lines[l], left, baseline - l * entry.Size * PdfTextWriter.Leading, entry.Size);
                canvas.Fonts.Draw(p, number, entry.Size, PdfPlanCanvas.Right - numberWidth, baseline - (entry.Lines.Count - 1) * entry.Size * PdfTextWriter.Leading, PdfFontStyle.Regular);
            }, page);
            var bottom = baseline - (entry.Lines.Count - 1) * entry.Size * PdfTextWriter.Leading - entry.Size * 0.3;
            canvas.Link(link, new PdfRectangle(left, bottom, PdfPlanCanvas.Right, entry.Top), null, place.Page, place.Top + 4, page);
        }
    }

    private static double Left(HeadingBlock heading) => PdfPlanCanvas.Margin + (heading.Level - 1) * Indent;

    private void Draw(UglyToad.PdfPig.Writer.PdfPageBuilder page, PdfLine line, double left, double baseline, double size)
    {
        foreach (var segment in line.Segments.Where(s => s.Text.Length > 0))
            canvas.Fonts.Draw(page, segment.Text, size, left + segment.X, baseline, segment.Style);
    }
}
