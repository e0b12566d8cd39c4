using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TyollisyysAlue.Application.Plans.Import;
using MarkdownInlines = TyollisyysAlue.Infrastructure.Exports.Plans.Model.MarkdownInlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.PlainText;

/// <summary>
/// A Markdown file (CommonMark and pipe tables, as the plan itself is written) read through Markdig's syntax tree into
/// the import's model, so it passes the same rules as a Word file: links by the allow-list, raw HTML and images noted.
/// </summary>
internal static class MarkdownPlanReader
{
    public static ImportedDocument Read(string text)
    {
        var blocks = new List<ImportBlock>();
        var lists = 0;
        foreach (var block in Markdown.Parse(text, Markup.PlanMarkdownSyntax.Pipeline)) Add(block, blocks, ref lists, 0, null);
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

    /// <summary>The exports' own inline walk (<see cref="MarkdownInlines"/>), images and raw HTML reported as left out.</summary>
    private static List<ImportRun> Runs(ContainerInline? inline, List<ImportBlock> omissions) =>
        [.. MarkdownInlines.Runs(inline, leftOut => omissions.Add(leftOut is LinkInline image
                ? new ImportOmission(ImportNoteKind.Image, image.Url)
                : new ImportOmission(ImportNoteKind.Html)))
            .Select(r => new ImportRun(r.Text, r.Bold, r.Italic, r.Link))];
}
