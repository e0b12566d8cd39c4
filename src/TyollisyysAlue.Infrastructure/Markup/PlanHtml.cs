using Ganss.Xss;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TyollisyysAlue.Infrastructure.Markup;

/// <summary>
/// A section's Markdown as HTML for the page (reading view and editor preview): the tree of
/// <see cref="PlanMarkdownSyntax.Parse"/> (already through the allow-list), headings moved below the section's own
/// level, and as a second wall an HTML allow-list: the tags Markdown makes, <c>href</c> with the schemes of
/// <see cref="SafeUrl"/>, two alignment classes, and nothing else (no style, forms, images, frames, scripts or handlers).
/// </summary>
public static class PlanHtml
{
    private const string AlignRight = "align-right", AlignCenter = "align-center";

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <param name="sectionLevel">1 for a main section, 2 for a subsection (the page has h1 title, h2 sections, h3 subsections).</param>
    public static string Render(string? markdown, int sectionLevel)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return string.Empty;
        var document = PlanMarkdownSyntax.Parse(markdown);
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(6, heading.Level + sectionLevel + 1);
        foreach (var table in document.Descendants<Table>()) AlignByClass(table);
        return Sanitizer.Sanitize(document.ToHtml(PlanMarkdownSyntax.Pipeline));
    }

    /// <summary>Column alignment as a class instead of Markdig's inline style, which the allow-list does not let through.</summary>
    private static void AlignByClass(Table table)
    {
        foreach (var row in table.OfType<TableRow>())
            for (var i = 0; i < row.Count; i++)
                if (PlanMarkdownSyntax.Alignment(table, i) is { } align and not TableColumnAlign.Left)
                    row[i].GetAttributes().AddClass(align == TableColumnAlign.Right ? AlignRight : AlignCenter);
        foreach (var column in table.ColumnDefinitions) column.Alignment = null;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del", "s", "ins", "mark", "sub", "sup",
                "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "start", "class" },
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal) { AlignRight, AlignCenter },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options);
        // The same address rule as the exports (e.g. no protocol-relative //host, which the scheme list would pass).
        sanitizer.FilterUrl += (_, e) => { if (!SafeUrl.IsAllowed(e.OriginalUrl)) e.SanitizedUrl = null; };
        return sanitizer;
    }
}
