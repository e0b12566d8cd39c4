using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Odt;

/// <summary>
/// The paragraph, text and list styles of an OpenDocument text (styles.xml and content.xml's automatic styles), each
/// followed up its parent chain: heading level (style:default-outline-level, or a "Heading N" / "Otsikko N" /
/// "Rubrik N" name), title, subtitle, caption, table-of-contents entry, bold, italic, right alignment, page breaks,
/// and whether a list level is numbered.
/// </summary>
internal sealed partial class OdtStyleSheet
{
    private sealed record StyleInfo(string Name, string? Parent, XElement Element);

    private readonly Dictionary<(string Family, string Name), StyleInfo> _styles = [];
    private readonly Dictionary<string, XElement> _lists = new(StringComparer.Ordinal);

    public OdtStyleSheet(params XDocument?[] documents)
    {
        foreach (var document in documents.OfType<XDocument>())
        {
            foreach (var style in document.Descendants(OdtNames.Style + "style"))
            {
                var name = (string?)style.Attribute(OdtNames.Style + "name");
                var family = (string?)style.Attribute(OdtNames.Style + "family") ?? "";
                if (name is not null) _styles[(family, name)] = new StyleInfo(name, (string?)style.Attribute(OdtNames.Style + "parent-style-name"), style);
            }
            foreach (var list in document.Descendants(OdtNames.Text + "list-style"))
                if ((string?)list.Attribute(OdtNames.Style + "name") is { } name) _lists[name] = list;
        }
    }

    public int? HeadingLevel(string? paragraphStyle)
    {
        foreach (var style in Chain("paragraph", paragraphStyle))
        {
            if ((string?)style.Element.Attribute(OdtNames.Style + "default-outline-level") is { Length: > 0 } level
                && int.TryParse(level, NumberStyles.Integer, CultureInfo.InvariantCulture, out var outline))
                return outline is >= 1 and <= 10 ? outline : null;
            if (HeadingName().Match(Name(style)) is { Success: true } named) return int.Parse(named.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        return null;
    }

    public bool IsTitle(string? paragraphStyle) => Named(paragraphStyle, n => n is "title" or "otsikko" or "rubrik");

    public bool IsSubtitle(string? paragraphStyle) => Named(paragraphStyle, n => n is "subtitle" or "alaotsikko" or "underrubrik");

    /// <summary>LibreOffice's caption styles: Caption, Table, Illustration, Figure.</summary>
    public bool IsCaption(string? paragraphStyle) => Named(paragraphStyle, n => n is "caption" or "table" or "illustration" or "figure");

    public bool IsTableOfContents(string? paragraphStyle) => Named(paragraphStyle, n => TocName().IsMatch(n));

    public (bool Bold, bool Italic) Emphasis(string family, string? styleName, (bool Bold, bool Italic) inherited)
    {
        bool? bold = null, italic = null;
        foreach (var style in Chain(family, styleName))
        {
            var text = style.Element.Element(OdtNames.Style + "text-properties");
            bold ??= (string?)text?.Attribute(OdtNames.Fo + "font-weight") is { } weight ? weight is "bold" or "600" or "700" or "800" or "900" : null;
            italic ??= (string?)text?.Attribute(OdtNames.Fo + "font-style") is { } slant ? slant is "italic" or "oblique" : null;
        }
        return (bold ?? inherited.Bold, italic ?? inherited.Italic);
    }

    public bool AlignsRight(string? paragraphStyle) =>
        Chain("paragraph", paragraphStyle).Select(s => (string?)s.Element.Element(OdtNames.Style + "paragraph-properties")?.Attribute(OdtNames.Fo + "text-align"))
            .FirstOrDefault(a => a is not null) is "end" or "right";

    public bool BreaksBefore(string? paragraphStyle) => Breaks(paragraphStyle, "break-before");

    public bool BreaksAfter(string? paragraphStyle) => Breaks(paragraphStyle, "break-after");

    /// <summary>The list style a paragraph style brings (a paragraph in a list without a style of its own uses it).</summary>
    public string? ListStyleOf(string? paragraphStyle) =>
        Chain("paragraph", paragraphStyle).Select(s => (string?)s.Element.Attribute(OdtNames.Style + "list-style-name")).FirstOrDefault(n => !string.IsNullOrEmpty(n));

    /// <summary>Whether the list style numbers its items at the depth (0 = outermost); bullets and unknown styles are not.</summary>
    public bool IsNumbered(string? listStyle, int depth)
    {
        if (listStyle is null || !_lists.TryGetValue(listStyle, out var list)) return false;
        var level = (depth + 1).ToString(CultureInfo.InvariantCulture);
        var style = list.Elements().FirstOrDefault(e => (string?)e.Attribute(OdtNames.Text + "level") == level);
        return style?.Name == OdtNames.Text + "list-level-style-number" && !string.IsNullOrEmpty((string?)style.Attribute(OdtNames.Style + "num-format"));
    }

    private bool Breaks(string? paragraphStyle, string attribute) =>
        Chain("paragraph", paragraphStyle).Select(s => (string?)s.Element.Element(OdtNames.Style + "paragraph-properties")?.Attribute(OdtNames.Fo + attribute))
            .FirstOrDefault(b => b is not null and not "auto") == "page";

    private bool Named(string? paragraphStyle, Func<string, bool> test) => Chain("paragraph", paragraphStyle).Any(s => test(Name(s)));

    /// <summary>The display name, else the name with its encoded characters ("Heading_20_1" → "heading 1").</summary>
    private static string Name(StyleInfo style)
    {
        var name = (string?)style.Element.Attribute(OdtNames.Style + "display-name") ?? style.Name;
        return Encoded().Replace(name, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()).Trim().ToLowerInvariant();
    }

    private IEnumerable<StyleInfo> Chain(string family, string? name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (name is not null && seen.Add(name) && _styles.TryGetValue((family, name), out var style))
        {
            yield return style;
            name = style.Parent;
        }
    }

    [GeneratedRegex(@"^(?:heading|otsikko|rubrik)\s*([1-9]|10)$")]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:contents|toc|sisällysluettelo|sisällys|innehållsförteckning)\s*(?:[1-9]|10|heading|otsikko)$")]
    private static partial Regex TocName();

    [GeneratedRegex("_([0-9a-fA-F]{2})_")]
    private static partial Regex Encoded();
}
