using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Infrastructure.Exports.Plans.Model;
using TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace TyollisyysAlue.Infrastructure.Exports.Plans;

/// <summary>
/// The arrangement plan as an accessible (tagged) PDF for the committee's agenda, the ministry and publication:
/// cover, table of contents with page numbers and links, the sections with their Markdown and live tables,
/// running header and footer, bookmarks. PdfPig (Apache-2.0) lays out and embeds DejaVu Sans; the structure
/// tree, /Lang and /MarkInfo are added by an incremental update (ADR 7).
/// </summary>
public static class PlanPdfExporter
{
    public const string ContentType = "application/pdf";

    public static byte[] Render(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = $"{document.Language}-FI";
        var title = $"{document.Title} – {document.AreaName}";
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = document.AreaName;
        builder.DocumentInformation.Subject = $"{document.Texts["PlanExport.Version"]} {document.VersionLabel}, {PlanContent.FormatDate(document.VersionDate)}";
        builder.DocumentInformation.Creator = "TyollisyysAlue";

        var canvas = new PdfPlanCanvas(builder);
        var root = new PdfTag("Document");
        canvas.NewPage();
        PdfCover.Write(canvas, document, root);

        var blocks = PlanContent.Blocks(document);
        var contents = new PdfContents(canvas, blocks.OfType<HeadingBlock>().Where(h => h.Number.Length > 0));
        var contentsPage = canvas.Pages.Count;
        var (contentsHeading, toc) = (root.Add("H1"), root.Add("TOC"));
        for (var i = 0; i < contents.PageCount; i++) canvas.NewPage();

        canvas.NewPage();
        var body = new PdfBlockWriter(canvas);
        body.Write(blocks, root, PdfPlanCanvas.Margin, PdfPlanCanvas.Right);
        contents.Write(contentsPage, document.Texts["PlanExport.Contents"], contentsHeading, toc, body.Sections);
        PdfRunningText.Write(canvas, document);
        builder.Bookmarks = Bookmarks(body.Sections);
        return PdfStructureWriter.Apply(builder.Build(), root, canvas.Pages, language, title);
    }

    /// <summary>Level-1 sections with their level-2 subsections beneath.</summary>
    private static Bookmarks Bookmarks(List<PdfHeadingPlace> sections)
    {
        DocumentBookmarkNode Node(PdfHeadingPlace place, IReadOnlyList<BookmarkNode> children) =>
            new(place.Heading.Text, place.Heading.Level - 1, new ExplicitDestination(place.Page + 1, ExplicitDestinationType.XyzCoordinates,
                new ExplicitDestinationCoordinates(0, place.Top + 4)), children);

        var roots = new List<BookmarkNode>();
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Heading.Level != 1) continue;
            var children = sections.Skip(i + 1).TakeWhile(s => s.Heading.Level != 1).Select(s => (BookmarkNode)Node(s, [])).ToList();
            roots.Add(Node(sections[i], children));
        }
        return new Bookmarks(roots);
    }
}
