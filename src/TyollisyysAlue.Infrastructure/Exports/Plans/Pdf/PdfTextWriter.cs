using TyollisyysAlue.Infrastructure.Exports.Plans.Model;
using UglyToad.PdfPig.Core;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// Draws wrapped lines as the content of one structure element. Linked text gets its own Link element (under the
/// same parent) owning both the text and a URI link annotation over it; links are blue and underlined.
/// </summary>
internal static class PdfTextWriter
{
    /// <summary>Line height as a multiple of the font size.</summary>
    public const double Leading = 1.38;

    /// <summary>Writes the lines downwards from the canvas cursor, breaking to a new page where needed.</summary>
    public static void Paragraph(PdfPlanCanvas canvas, PdfTag tag, IReadOnlyList<PdfLine> lines, double left, double size)
    {
        var links = new Dictionary<PlanRun, PdfTag>(ReferenceEqualityComparer.Instance);
        foreach (var line in lines)
        {
            canvas.EnsureRoom(size * Leading);
            Line(canvas, tag, line, left, canvas.Y - size, size, links);
            canvas.Y -= size * Leading;
        }
    }

    /// <summary>One line with its baseline at <paramref name="baseline"/>.</summary>
    public static void Line(PdfPlanCanvas canvas, PdfTag tag, PdfLine line, double left, double baseline, double size,
        Dictionary<PlanRun, PdfTag>? links = null)
    {
        links ??= new Dictionary<PlanRun, PdfTag>(ReferenceEqualityComparer.Instance);
        var index = 0;
        while (index < line.Segments.Count)
        {
            var first = line.Segments[index];
            var group = line.Segments.Skip(index).TakeWhile(s => s.Source.Link == first.Source.Link && (s.Source.Link is null || ReferenceEquals(s.Source, first.Source))).ToList();
            index += group.Count;
            if (first.Source.Link is not { } url)
            {
                canvas.Tagged(tag, page => Draw(canvas, page, group, left, baseline, size));
                continue;
            }
            if (!links.TryGetValue(first.Source, out var link)) links[first.Source] = link = tag.Add("Link", description: url);
            var start = left + first.X;
            var end = left + group[^1].X + canvas.Fonts.Measure(group[^1].Text, size, group[^1].Style);
            canvas.Tagged(link, page =>
            {
                page.SetTextAndFillColor(0, 84, 166);
                Draw(canvas, page, group, left, baseline, size);
                page.ResetColor();
            });
            canvas.Rule(start, end, baseline - size * 0.15, 0.4);
            canvas.Link(link, new PdfRectangle(start, baseline - size * 0.3, end, baseline + size * 0.95), url);
        }
    }

    /// <summary>A line's text without tagging (for artifacts such as a repeated table header).</summary>
    public static void Draw(PdfPlanCanvas canvas, PdfLine line, double left, double baseline, double size) =>
        Draw(canvas, canvas.Page.Builder, [.. line.Segments], left, baseline, size);

    private static void Draw(PdfPlanCanvas canvas, UglyToad.PdfPig.Writer.PdfPageBuilder page, List<PdfSegment> segments, double left, double baseline, double size)
    {
        foreach (var segment in segments.Where(s => s.Text.Length > 0))
            canvas.Fonts.Draw(page, segment.Text, size, left + segment.X, baseline, segment.Style);
    }
}
