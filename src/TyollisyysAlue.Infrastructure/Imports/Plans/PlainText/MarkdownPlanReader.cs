using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TyollisyysAlue.Application.Plans.Import;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.PlainText;

/// <summary>
/// A Markdown file (CommonMark and pipe tables, as the plan itself is written) read through Markdig's syntax tree into
/// the import's model, so it passes the same rules as a Word file: links by the allow-list, raw HTML and images noted.
/// </summary>
internal static class MarkdownPlanReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static ImportedDocument Read(string text)
    {
        var blocks = new List<ImportBlock>();
        var lists = 0;
        foreach (var block in Markdown.Parse(text, Pipeline)) Add(block, blocks, ref lists, 0, null);
        return new ImportedDocument("md", blocks);
    }

    private static void Add(Block block, List<ImportBlock> into, ref int lists, int depth, int? listId)
    {
        switch (block)
        {
            case HeadingBlock heading:
                into.Add(new ImportHeading(heading.Level, ImportMarkdown.Plain(Runs(heading.Inline, into))));
                break;
            case ParagraphBlock paragraph:
                into.Add(new ImportParagraph(Runs(paragraph.Inline, into)));
                break;
            case ListBlock list:
                var id = listId ?? ++lists;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock text)
                            into.Add(new ImportListItem(id, depth, list.IsOrdered, Runs(text.Inline, into)));
                        else Add(child, into, ref lists, first ? depth : depth + 1, id); // an item that is only a sublist: its items at this depth
                        first = false;
                    }
                }
                break;
            case MdTable table:
                into.Add(Table(table, into));
                break;
            case CodeBlock code:
                into.AddRange(code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()).Where(l => l.Trim().Length > 0)
                    .Select(l => new ImportParagraph([new ImportRun(l)])));
                break;
            case HtmlBlock:
                into.Add(new ImportOmission(ImportNoteKind.Html));
                break;
            case QuoteBlock quote:
                foreach (var child in quote) Add(child, into, ref lists, depth, listId);
                break;
        }
    }

    /// <summary>A pipe table: its rows in order (the header first), right alignment by the delimiter row.</summary>
    private static ImportTable Table(MdTable table, List<ImportBlock> omissions)
    {
        var rows = new List<IReadOnlyList<ImportCell>>();
        foreach (var row in table.OfType<MdTableRow>())
        {
            var cells = new List<ImportCell>();
            foreach (var cell in row.OfType<TableCell>())
            {
                var column = cells.Count;
                var right = column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment == TableColumnAlign.Right;
                cells.Add(new ImportCell([.. cell.OfType<LeafBlock>().SelectMany(leaf => Runs(leaf.Inline, omissions))], AlignRight: right));
            }
            rows.Add(cells);
        }
        return new ImportTable(rows);
    }

    private static List<ImportRun> Runs(ContainerInline? inline, List<ImportBlock> omissions)
    {
        var runs = new List<ImportRun>();
        if (inline is not null) Walk(inline, new ImportRun(""), runs, omissions);
        return runs;
    }

    private static void Walk(Inline inline, ImportRun style, List<ImportRun> runs, List<ImportBlock> omissions)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(style with { Text = literal.Content.ToString() });
                break;
            case CodeInline code:
                runs.Add(style with { Text = code.Content });
                break;
            case HtmlEntityInline entity:
                runs.Add(style with { Text = entity.Transcoded.ToString() });
                break;
            case LineBreakInline lineBreak:
                runs.Add(lineBreak.IsHard ? ImportRun.Break : style with { Text = " " });
                break;
            case AutolinkInline autolink:
                runs.Add(style with { Text = autolink.Url, Link = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url });
                break;
            case LinkInline { IsImage: true } image:
                omissions.Add(new ImportOmission(ImportNoteKind.Image, image.Url));
                break;
            case LinkInline link:
                foreach (var child in link) Walk(child, style with { Link = link.Url ?? "" }, runs, omissions);
                break;
            case EmphasisInline emphasis:
                var next = emphasis.DelimiterCount >= 2 ? style with { Bold = true } : style with { Italic = true };
                foreach (var child in emphasis) Walk(child, next, runs, omissions);
                break;
            case HtmlInline:
                omissions.Add(new ImportOmission(ImportNoteKind.Html));
                break;
            case ContainerInline container:
                foreach (var child in container) Walk(child, style, runs, omissions);
                break;
        }
    }
}
