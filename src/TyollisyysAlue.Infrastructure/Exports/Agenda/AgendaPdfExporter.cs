using TyollisyysAlue.Infrastructure.Exports.Plans.Model;
using TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;
using UglyToad.PdfPig.Writer;

namespace TyollisyysAlue.Infrastructure.Exports.Agenda;

/// <summary>
/// An agenda appendix as a tagged PDF, laid out by the plan PDF's writer (ADR 7): the parts become the plan's blocks
/// (H1, P, Table › TR › TH/TD), drawn by <see cref="PdfBlockWriter"/>, tagged by <see cref="PdfStructureWriter"/> with
/// /Lang, title and the structure tree; the footer (area, title, generated, page n / m) is a pagination artifact.
/// </summary>
public static class AgendaPdfExporter
{
    public const string ContentType = "application/pdf";
    private const double FooterSize = 8;

    public static byte[] Render(AgendaPdf document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = $"{document.Title} – {document.AreaName}";
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = document.AreaName;
        builder.DocumentInformation.Creator = "TyollisyysAlue";

        var canvas = new PdfPlanCanvas(builder);
        var root = new PdfTag("Document");
        canvas.NewPage();
        var blocks = new List<PlanBlock> { new HeadingBlock(1, "", [new PlanRun(document.Title)]), new ParagraphBlock([new PlanRun(document.AreaName)]) };
        blocks.AddRange(document.Parts.Select(Block));
        new PdfBlockWriter(canvas).Write(blocks, root, PdfPlanCanvas.Margin, PdfPlanCanvas.Right);
        Footers(canvas, $"{document.AreaName} · {document.Title} · {document.GeneratedLine}", document.PageWord);
        return PdfStructureWriter.Apply(builder.Build(), root, canvas.Pages, $"{document.Language}-FI", title);
    }

    private static PlanBlock Block(AgendaPart part) => part switch
    {
        AgendaHeading h => new HeadingBlock(2, "", [new PlanRun(h.Text)]),
        AgendaParagraph p => new ParagraphBlock([new PlanRun(p.Text, Bold: p.Emphasis)]),
        AgendaTable t => new TableBlock(t.Caption,
            [.. t.Headings.Select((h, i) => new TableColumn([new PlanRun(h)], t.Numeric[i]))],
            [.. t.Rows.Select(r => new TableRow([.. r.Select(Cell)])),
                .. t.Totals is null ? [] : new[] { new TableRow([.. t.Totals.Select(Cell)], IsTotal: true) }],
            t.Note),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name, "Unknown agenda part."),
    };

    private static IReadOnlyList<PlanRun> Cell(string text) => [new PlanRun(text)];

    private static void Footers(PdfPlanCanvas canvas, string left, string pageWord)
    {
        for (var i = 0; i < canvas.Pages.Count; i++)
        {
            var number = PdfRunningText.PageText(pageWord, i + 1, canvas.Pages.Count);
            var numberX = PdfPlanCanvas.Right - canvas.Fonts.Measure(number, FooterSize, PdfFontStyle.Regular);
            var text = canvas.Fonts.Drawable(left, PdfFontStyle.Regular);
            while (text.Length > 1 && canvas.Fonts.Measure(text, FooterSize, PdfFontStyle.Regular) > numberX - PdfPlanCanvas.Margin - 12) text = text[..^2] + "…";
            PdfPlanCanvas.Artifact(canvas.Pages[i].Builder, p =>
            {
                canvas.Fonts.Draw(p, text, FooterSize, PdfPlanCanvas.Margin, 36, PdfFontStyle.Regular);
                canvas.Fonts.Draw(p, number, FooterSize, numberX, 36, PdfFontStyle.Regular);
            }, "Footer");
        }
    }
}
