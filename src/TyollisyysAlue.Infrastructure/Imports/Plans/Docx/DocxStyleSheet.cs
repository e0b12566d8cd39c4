using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Docx;

/// <summary>
/// The document's styles as the import needs them, each followed up its "based on" chain: a paragraph style's outline
/// level (Heading 1–9 set one; localized Word files keep the built-in names "heading 1", Finnish "Otsikko 1" and
/// Swedish "Rubrik 1" are recognised too), its list numbering, whether it is the title, a subtitle, a caption or a
/// table-of-contents entry; a character style's bold and italic ("Strong", "Emphasis").
/// </summary>
internal sealed partial class DocxStyleSheet
{
    private readonly Dictionary<string, Style> _styles;

    public DocxStyleSheet(Styles? styles) =>
        _styles = (styles?.Elements<Style>() ?? []).Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>1–9 for a heading style, null otherwise (outline level 9 is body text).</summary>
    public int? HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline) return outline < 9 ? outline + 1 : null;
            if (HeadingName().Match(Normal(style)) is { Success: true } named) return int.Parse(named.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return null;
    }

    public bool IsTitle(string? styleId) => Named(styleId, n => n is "title" or "otsikko" or "rubrik");

    public bool IsSubtitle(string? styleId) => Named(styleId, n => n is "subtitle" or "alaotsikko" or "underrubrik");

    public bool IsCaption(string? styleId) => Named(styleId, n => n is "caption" or "kuvaoteksti" or "beskrivning" or "resultatbeskrivning");

    /// <summary>"toc 1", "TOC Heading", LibreOffice's "Contents 1" / "Contents Heading", Finnish "Sisällysluettelo 1".</summary>
    public bool IsTableOfContents(string? styleId) =>
        Named(styleId, n => TocName().IsMatch(n));

    /// <summary>The list a paragraph style numbers its paragraphs with (Word links Heading 1–9 to a multilevel list this way).</summary>
    public (int NumId, int? Level)? Numbering(string? styleId)
    {
        foreach (var style in Chain(styleId))
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering && numbering.NumberingId?.Val?.Value is { } id)
                return (id, numbering.NumberingLevelReference?.Val?.Value);
        return null;
    }

    public bool RunBold(string? characterStyleId) => Chain(characterStyleId).Select(s => s.StyleRunProperties?.Bold).FirstOrDefault(b => b is not null) is { } bold && DocxRunStyle.IsOn(bold.Val);

    public bool RunItalic(string? characterStyleId) => Chain(characterStyleId).Select(s => s.StyleRunProperties?.Italic).FirstOrDefault(i => i is not null) is { } italic && DocxRunStyle.IsOn(italic.Val);

    private bool Named(string? styleId, Func<string, bool> test) => Chain(styleId).Any(s => test(Normal(s)));

    private static string Normal(Style style) =>
        (style.StyleName?.Val?.Value ?? style.StyleId?.Value ?? "").Trim().ToLowerInvariant();

    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    [GeneratedRegex(@"^(?:heading|otsikko|rubrik)\s*([1-9])$")]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:toc|contents|sisällysluettelo|sisällys|innehållsförteckning)\s*(?:[1-9]|heading|otsikko)$")]
    private static partial Regex TocName();
}
