using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Components;

namespace TyollisyysAlue.Web.Components.Pages.Plan;

/// <summary>
/// A section's Markdown as safe HTML: Markdig (CommonMark + pipe tables), headings moved below the section's own
/// heading level, then HtmlSanitizer, so nothing a planner types (or pastes) can run script in a reader's browser.
/// </summary>
public static class PlanMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().Build();
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static MarkupString ToHtml(string? markdown, int sectionLevel)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return new MarkupString(string.Empty);
        var document = Markdown.Parse(markdown, Pipeline);
        // Page: h1 title, h2 main sections, h3 subsections; headings inside the text come below those.
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(6, heading.Level + sectionLevel + 1);
        var html = document.ToHtml(Pipeline);
        return new MarkupString(Sanitizer.Sanitize(html));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
