using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Infrastructure.Exports.Plans.Model;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Docx;

/// <summary>
/// The plan body as Word content: headings in Heading 1–4 (section headings carry a _Toc bookmark for the table of
/// contents), paragraphs, bullet and numbered lists (nested by level) and tables.
/// </summary>
internal sealed class DocxBody(MainDocumentPart main, DocxNumbering numbering)
{
    public List<(HeadingBlock Heading, string Bookmark)> Sections { get; } = [];

    public IEnumerable<OpenXmlElement> Convert(IEnumerable<PlanBlock> blocks, int listLevel = -1)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    yield return Heading(heading);
                    break;
                case ParagraphBlock paragraph:
                    yield return Paragraph(paragraph.Runs, listLevel >= 0 ? "ListParagraph" : null);
                    break;
                case ListBlock list:
                    foreach (var element in List(list, listLevel + 1)) yield return element;
                    break;
                case TableBlock table:
                    foreach (var element in DocxTables.Convert(main, table)) yield return element;
                    break;
            }
        }
    }

    private WordParagraph Heading(HeadingBlock heading)
    {
        var paragraph = new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{Math.Min(heading.Level, 4)}" }));
        var runs = DocxRuns.Convert(main, heading.Number.Length > 0 ? [new PlanRun(heading.Number + " "), .. heading.Runs] : heading.Runs);
        if (heading.Number.Length == 0)
        {
            paragraph.Append(runs);
            return paragraph;
        }
        var id = (Sections.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bookmark = "_Toc_plan_" + id;
        Sections.Add((heading, bookmark));
        paragraph.Append(new BookmarkStart { Id = id, Name = bookmark });
        paragraph.Append(runs);
        paragraph.Append(new BookmarkEnd { Id = id });
        return paragraph;
    }

    private WordParagraph Paragraph(IReadOnlyList<PlanRun> runs, string? style, NumberingProperties? numbered = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (numbered is not null) properties.Append(numbered);
        var paragraph = new WordParagraph(properties);
        paragraph.Append(DocxRuns.Convert(main, runs));
        return paragraph;
    }

    private IEnumerable<OpenXmlElement> List(ListBlock list, int level)
    {
        var id = numbering.NewList(list.Ordered, list.Start);
        foreach (var item in list.Items)
        {
            var first = item.Count > 0 ? item[0] as ParagraphBlock : null;
            yield return Paragraph(first?.Runs ?? [], "ListParagraph",
                new NumberingProperties(new NumberingLevelReference { Val = Math.Min(level, 2) }, new NumberingId { Val = id }));
            foreach (var element in Convert(first is null ? item : item.Skip(1), level)) yield return element;
        }
    }
}
