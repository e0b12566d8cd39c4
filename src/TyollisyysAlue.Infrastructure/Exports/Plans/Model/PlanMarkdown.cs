using TyollisyysAlue.Infrastructure.Markup;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdHeading = Markdig.Syntax.HeadingBlock;
using MdList = Markdig.Syntax.ListBlock;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Model;

/// <summary>
/// A section body to <see cref="PlanBlock"/>s, walking the syntax tree of <see cref="PlanMarkdownSyntax"/> — the same
/// dialect and allow-list as the page (raw HTML, images and unsafe links are already gone). Code is kept as plain
/// text, quotes keep their content, and headings inside a body are pushed below the section's own level.
/// </summary>
internal static class PlanMarkdown
{
    public static IReadOnlyList<PlanBlock> Parse(string markdown, int sectionLevel)
    {
        var document = PlanMarkdownSyntax.Parse(markdown);
        var blocks = new List<PlanBlock>();
        foreach (var block in document) Add(block, sectionLevel, blocks);
        return blocks;
    }

    private static void Add(Block block, int sectionLevel, List<PlanBlock> into)
    {
        switch (block)
        {
            case MdHeading heading:
                var level = Math.Min(6, Math.Max(sectionLevel + 1, heading.Level));
                into.Add(new HeadingBlock(level, "", MarkdownInlines.Runs(heading.Inline)));
                break;
            case MdParagraph paragraph:
                var runs = MarkdownInlines.Runs(paragraph.Inline);
                if (runs.Count > 0) into.Add(new ParagraphBlock(runs));
                break;
            case MdList list:
                into.Add(new ListBlock(list.IsOrdered, Start(list), [.. list.OfType<ContainerBlock>().Select(item => Children(item, sectionLevel))]));
                break;
            case Table table:
                into.Add(MarkdownTables.Convert(table));
                break;
            case CodeBlock code:
                into.AddRange(code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())
                    .Where(l => l.Length > 0).Select(l => new ParagraphBlock([new PlanRun(l)])));
                break;
            case QuoteBlock quote:
                into.AddRange(Children(quote, sectionLevel));
                break;
        }
    }

    private static List<PlanBlock> Children(ContainerBlock container, int sectionLevel)
    {
        var blocks = new List<PlanBlock>();
        foreach (var child in container) Add(child, sectionLevel, blocks);
        return blocks;
    }

    private static int Start(MdList list) =>
        int.TryParse(list.OrderedStart, System.Globalization.CultureInfo.InvariantCulture, out var start) ? start : 1;
}
