using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Application.Plans.Export;

using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Docx;

/// <summary>
/// A4 with 2 cm margins; header (area · title) and footer (version label · date, then "Sivu" and the PAGE field
/// at the right) on every page but the cover, which has its own empty first-page header and footer.
/// </summary>
internal static class DocxPageSetup
{
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1134, TextWidth = PageWidth - 2 * Margin;

    public static SectionProperties Section(MainDocumentPart main, PlanDocument document)
    {
        var texts = document.Texts;
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Small(DocxRuns.Plain($"{document.AreaName} · {document.Title}")));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(Small(
            DocxRuns.Plain($"{texts["PlanExport.Version"]} {document.VersionLabel} · {PlanContent.FormatDate(document.VersionDate)}"),
            new Run(new TabChar()), DocxRuns.Plain(texts["PlanExport.Page"] + " "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), DocxRuns.Plain("2"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        var firstHeader = main.AddNewPart<HeaderPart>();
        firstHeader.Header = new Header(new Paragraph());
        var firstFooter = main.AddNewPart<FooterPart>();
        firstFooter.Footer = new Footer(new Paragraph());

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstFooter) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage());
    }

    private static Paragraph Small(params OpenXmlElement[] runs)
    {
        foreach (var run in runs.OfType<Run>())
        {
            var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
            properties.Append(new Color { Val = "595959" }, new FontSize { Val = "16" });
        }
        var paragraph = new Paragraph(new ParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth }), new SpacingBetweenLines { After = "0" }));
        paragraph.Append(runs);
        return paragraph;
    }
}
