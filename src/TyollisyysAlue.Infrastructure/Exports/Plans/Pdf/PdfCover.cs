using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>The cover page: area name, the plan's title, version label, date and status (no running header).</summary>
internal static class PdfCover
{
    public static void Write(PdfPlanCanvas canvas, PlanDocument document, PdfTag parent)
    {
        var width = PdfPlanCanvas.Right - PdfPlanCanvas.Margin;
        canvas.Y = PdfPlanCanvas.Top - 110;
        Line(canvas, parent, [new PlanRun(document.AreaName)], 14, width);
        canvas.Y -= 10;
        Line(canvas, parent, [new PlanRun(document.Title, Bold: true)], 26, width);
        canvas.Y -= 30;
        canvas.Rule(PdfPlanCanvas.Margin, PdfPlanCanvas.Margin + 120, canvas.Y + 12, 2);
        var texts = document.Texts;
        Line(canvas, parent, [new PlanRun(texts["PlanExport.Version"] + ": ", Bold: true), new PlanRun(document.VersionLabel)], 12, width);
        Line(canvas, parent, [new PlanRun(texts["PlanExport.Date"] + ": ", Bold: true), new PlanRun(PlanContent.FormatDate(document.VersionDate))], 12, width);
        Line(canvas, parent, [new PlanRun(document.Texts[document.Status])], 12, width);
    }

    private static void Line(PdfPlanCanvas canvas, PdfTag parent, IReadOnlyList<PlanRun> runs, double size, double width)
    {
        var lines = PdfTextLayout.Wrap(canvas.Fonts, runs, size, width);
        PdfTextWriter.Paragraph(canvas, parent.Add("P"), lines, PdfPlanCanvas.Margin, size);
        canvas.Y -= size * 0.4;
    }
}
