using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Docx;

/// <summary>
/// The cover page (area, title, version label, date, status) and the table of contents: a real TOC field
/// (levels 1–2, hyperlinked) whose result is pre-filled with the section headings linked to their bookmarks, so
/// the list reads right before any update; Word fills in the page numbers when it updates fields on opening.
/// </summary>
internal static class DocxFrontMatter
{
    public static IEnumerable<OpenXmlElement> Cover(PlanDocument document)
    {
        var texts = document.Texts;
        yield return Styled("Subtitle", DocxRuns.Plain(document.AreaName));
        yield return Styled("Title", DocxRuns.Plain(document.Title));
        yield return Styled(null, DocxRuns.Plain(texts["PlanExport.Version"] + ": ", bold: true), DocxRuns.Plain(document.VersionLabel));
        yield return Styled(null, DocxRuns.Plain(texts["PlanExport.Date"] + ": ", bold: true), DocxRuns.Plain(PlanContent.FormatDate(document.VersionDate)));
        yield return Styled(null, DocxRuns.Plain(document.Texts[document.Status]), new Run(new Break { Type = BreakValues.Page }));
    }

    public static IEnumerable<OpenXmlElement> Contents(string title, IReadOnlyList<(HeadingBlock Heading, string Bookmark)> sections)
    {
        yield return Styled("TOCHeading", DocxRuns.Plain(title));
        var begin = new List<OpenXmlElement>
        {
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        };
        for (var i = 0; i < sections.Count; i++)
        {
            var (heading, bookmark) = sections[i];
            var entry = new Hyperlink(DocxRuns.Plain(heading.Text)) { Anchor = bookmark, History = true };
            yield return Styled(heading.Level == 1 ? "TOC1" : "TOC2", [.. i == 0 ? begin : [], entry]);
        }
        yield return Styled(null, sections.Count == 0 ? [.. begin] : [],
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }), new Run(new Break { Type = BreakValues.Page }));
    }

    private static Paragraph Styled(string? style, params OpenXmlElement[] content) => Styled(style, content, []);

    private static Paragraph Styled(string? style, IEnumerable<OpenXmlElement> content, params OpenXmlElement[] more)
    {
        var paragraph = new Paragraph(new ParagraphProperties(style is null ? [] : [new ParagraphStyleId { Val = style }]));
        paragraph.Append(content);
        paragraph.Append(more);
        return paragraph;
    }
}
