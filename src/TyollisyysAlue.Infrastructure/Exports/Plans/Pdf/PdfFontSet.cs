using System.Collections.Concurrent;
using TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

internal enum PdfFontStyle { Regular, Bold, Italic }

/// <summary>
/// DejaVu Sans regular, bold and oblique for one document. PdfPig writes simple TrueType fonts (at most 256
/// characters each), so a style gets another copy of its font once a copy is full. Widths are summed per
/// character (PdfPig does not kern) and cached; characters the font lacks are drawn as "?" instead of failing.
/// </summary>
internal sealed class PdfFontSet(PdfDocumentBuilder builder)
{
    private const int CharactersPerFont = 250;
    private static readonly ConcurrentDictionary<(PdfFontStyle, char), double> Widths = new();
    private readonly Dictionary<PdfFontStyle, List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Used)>> copies = [];
    private PdfPageBuilder? measuringPage;

    /// <summary>The text as it will be drawn: characters the font lacks replaced.</summary>
    public string Drawable(string text, PdfFontStyle style)
    {
        if (text.All(c => Width(c, style) >= 0)) return text;
        return new string([.. text.Select(c => Width(c, style) >= 0 ? c : '?')]);
    }

    /// <summary>Width in points at <paramref name="size"/>; call with drawable text.</summary>
    public double Measure(string text, double size, PdfFontStyle style) => text.Sum(c => Math.Max(0, Width(c, style))) * size;

    public void Draw(PdfPageBuilder page, string text, double size, double x, double y, PdfFontStyle style) =>
        page.AddText(text, size, new PdfPoint(x, y), FontFor(text, style));

    /// <summary>Lets widths be measured before the first page of the plan exists.</summary>
    public void MeasureOn(PdfPageBuilder page) => measuringPage ??= page;

    private PdfDocumentBuilder.AddedFont FontFor(string text, PdfFontStyle style)
    {
        if (!copies.TryGetValue(style, out var list)) copies[style] = list = [];
        var needed = text.Distinct().ToList();
        foreach (var (font, used) in list)
        {
            if (used.Count + needed.Count(c => !used.Contains(c)) > CharactersPerFont) continue;
            used.UnionWith(needed);
            return font;
        }
        var added = builder.AddTrueTypeFont(Bytes(style));
        list.Add((added, [.. needed]));
        return added;
    }

    /// <summary>Advance width at size 1, or −1 when the font has no glyph for the character.</summary>
    private double Width(char c, PdfFontStyle style) => Widths.GetOrAdd((style, c), key =>
    {
        var page = measuringPage ?? throw new InvalidOperationException("No page to measure text on yet.");
        try
        {
            var letters = page.MeasureText(key.Item2.ToString(), 1, new PdfPoint(0, 0), Probe(key.Item1));
            return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X);
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    });

    private PdfDocumentBuilder.AddedFont Probe(PdfFontStyle style)
    {
        if (!copies.TryGetValue(style, out var list) || list.Count == 0) return FontFor("", style);
        return list[0].Font;
    }

    private static byte[] Bytes(PdfFontStyle style) => style switch
    {
        PdfFontStyle.Bold => EmbeddedFonts.Bold,
        PdfFontStyle.Italic => EmbeddedFonts.Oblique,
        _ => EmbeddedFonts.Regular,
    };
}
