using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TyollisyysAlue.Infrastructure.Markup;

/// <summary>
/// The one Markdown dialect of plan sections and the one place it is parsed: CommonMark with pipe tables, emphasis
/// extras (strikethrough, sub/superscript) and bare links. The page preview, the PDF and the .docx all start from the
/// syntax tree <see cref="Parse"/> returns, which has already been through the allow-list:
/// <list type="bullet">
/// <item>raw HTML is dropped (the words between inline tags stay, the tags go): no style, forms, iframes, scripts or handlers;</item>
/// <item>images become their alt text: nothing is fetched from outside;</item>
/// <item>a link whose address <see cref="SafeUrl"/> does not allow becomes plain text.</item>
/// </list>
/// </summary>
public static class PlanMarkdownSyntax
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static MarkdownDocument Parse(string? markdown)
    {
        var document = Markdig.Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var html in document.Descendants<HtmlBlock>().ToList()) html.Parent?.Remove(html);
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case HtmlInline:
                    inline.Remove();
                    break;
                case LinkInline { IsImage: true } image:
                    image.ReplaceBy(new LiteralInline(Plain(image)), copyChildren: false);
                    break;
                case LinkInline link when !SafeUrl.IsAllowed(link.Url):
                    Unwrap(link);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !SafeUrl.IsAllowed(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
                    break;
            }
        }
        return document;
    }

    /// <summary>The alignment of a pipe table's column, if the author set one.</summary>
    public static TableColumnAlign? Alignment(Table table, int column) =>
        column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;

    /// <summary>A link's words without the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }

    private static string Plain(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
