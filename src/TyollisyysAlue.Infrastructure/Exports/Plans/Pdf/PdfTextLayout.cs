using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>A piece of one run on one line, <paramref name="X"/> points from the line's start.</summary>
internal sealed record PdfSegment(double X, string Text, PdfFontStyle Style, PlanRun Source);

internal sealed record PdfLine(IReadOnlyList<PdfSegment> Segments, double Width);

/// <summary>
/// Breaks styled runs into lines of a given width at spaces; a word longer than a whole line (a URL, a long
/// compound word) is broken between characters. Hard line breaks start a new line.
/// </summary>
internal sealed class PdfTextLayout
{
    private readonly PdfFontSet fonts;
    private readonly double size, width;
    private readonly List<PdfLine> lines = [];
    private List<PdfSegment> segments = [];
    private double x;
    /// <summary>A space still to place before the next word, and the run it came from (a link's text keeps no outside space).</summary>
    private (PlanRun Run, PdfFontStyle Style)? pendingSpace;

    private PdfTextLayout(PdfFontSet fonts, double size, double width) => (this.fonts, this.size, this.width) = (fonts, size, width);

    public static IReadOnlyList<PdfLine> Wrap(PdfFontSet fonts, IReadOnlyList<PlanRun> runs, double size, double width, bool bold = false)
    {
        var layout = new PdfTextLayout(fonts, size, Math.Max(width, size * 2));
        foreach (var run in runs) layout.Add(run, bold);
        if (layout.segments.Count > 0 || layout.lines.Count == 0) layout.Flush();
        return layout.lines;
    }

    public static PdfFontStyle StyleOf(PlanRun run, bool bold) =>
        run.Bold || bold ? PdfFontStyle.Bold : run.Italic ? PdfFontStyle.Italic : PdfFontStyle.Regular;

    private void Add(PlanRun run, bool bold)
    {
        if (run.IsLineBreak)
        {
            Flush();
            return;
        }
        var style = StyleOf(run, bold);
        var words = Words(fonts.Drawable(run.Text, style), out var leadingSpace, out var trailingSpace);
        foreach (var word in words)
        {
            if ((leadingSpace || word.Index > 0) && segments.Count > 0) pendingSpace = (run, style);
            Place(word.Text, style, run);
        }
        if (trailingSpace && segments.Count > 0) pendingSpace = (run, style);
    }

    private void Place(string word, PdfFontStyle style, PlanRun run)
    {
        var space = pendingSpace is { } owner ? fonts.Measure(" ", size, owner.Style) : 0;
        var wordWidth = fonts.Measure(word, size, style);
        if (segments.Count > 0 && x + space + wordWidth > width) Flush();
        else if (pendingSpace is { } before) Append(" ", before.Style, before.Run);
        pendingSpace = null;
        while (fonts.Measure(word, size, style) > width - x && word.Length > 1)
        {
            var fit = 1;
            while (fit < word.Length && fonts.Measure(word[..(fit + 1)], size, style) <= width - x) fit++;
            if (segments.Count > 0 && fonts.Measure(word[..fit], size, style) > width - x) { Flush(); continue; }
            Append(word[..fit], style, run);
            Flush();
            word = word[fit..];
        }
        Append(word, style, run);
    }

    private void Append(string text, PdfFontStyle style, PlanRun run)
    {
        var last = segments.Count > 0 ? segments[^1] : null;
        if (last is not null && ReferenceEquals(last.Source, run) && last.Style == style) segments[^1] = last with { Text = last.Text + text };
        else segments.Add(new PdfSegment(x, text, style, run));
        x += fonts.Measure(text, size, style);
    }

    /// <summary>
    /// Ends the line. A line broken at a space keeps that space, drawn after the line's measured width, so that
    /// text extracted or read aloud has a space between the last word of a line and the first of the next.
    /// </summary>
    private void Flush()
    {
        var lineWidth = x;
        if (pendingSpace is { } space && segments.Count > 0) Append(" ", space.Style, space.Run);
        lines.Add(new PdfLine(segments, lineWidth));
        segments = [];
        x = 0;
        pendingSpace = null;
    }

    private static IEnumerable<(int Index, string Text)> Words(string text, out bool leadingSpace, out bool trailingSpace)
    {
        leadingSpace = text.Length > 0 && char.IsWhiteSpace(text[0]);
        trailingSpace = text.Length > 0 && char.IsWhiteSpace(text[^1]);
        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select((w, i) => (i, w));
    }
}
