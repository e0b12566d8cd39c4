using TyollisyysAlue.Application.Plans.Export;

using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// Running header (area and title) and footer (version label and date, page n / m) on every page but the
/// cover, all marked as pagination artifacts so a screen reader does not read them on every page.
/// </summary>
internal static class PdfRunningText
{
    private const double Size = 8;

    public static void Write(PdfPlanCanvas canvas, PlanDocument document)
    {
        var texts = document.Texts;
        var header = Fit(canvas, $"{document.AreaName} · {document.Title}", PdfPlanCanvas.Right - PdfPlanCanvas.Margin);
        var version = $"{texts["PlanExport.Version"]} {document.VersionLabel} · {PlanContent.FormatDate(document.VersionDate)}";
        for (var i = 1; i < canvas.Pages.Count; i++)
        {
            var page = canvas.Pages[i].Builder;
            var number = PageText(texts["PlanExport.Page"], i + 1, canvas.Pages.Count);
            var numberX = PdfPlanCanvas.Right - canvas.Fonts.Measure(number, Size, PdfFontStyle.Regular);
            PdfPlanCanvas.Artifact(page, p =>
            {
                p.SetTextAndFillColor(90, 90, 90);
                canvas.Fonts.Draw(p, header, Size, PdfPlanCanvas.Margin, PdfPlanCanvas.Height - 40, PdfFontStyle.Regular);
                p.ResetColor();
            }, "Header");
            PdfPlanCanvas.Artifact(page, p =>
            {
                p.SetTextAndFillColor(90, 90, 90);
                canvas.Fonts.Draw(p, Fit(canvas, version, numberX - PdfPlanCanvas.Margin - 12), Size, PdfPlanCanvas.Margin, 36, PdfFontStyle.Regular);
                canvas.Fonts.Draw(p, number, Size, numberX, 36, PdfFontStyle.Regular);
                p.ResetColor();
            }, "Footer");
        }
    }

    /// <summary>"Sivu 3 / 12"; a text with {0} and {1} is used as the format itself.</summary>
    public static string PageText(string word, int page, int pages) =>
        word.Contains("{0}", StringComparison.Ordinal)
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, word, page, pages)
            : $"{word} {page} / {pages}";

    private static string Fit(PdfPlanCanvas canvas, string text, double width)
    {
        text = canvas.Fonts.Drawable(text, PdfFontStyle.Regular);
        if (canvas.Fonts.Measure(text, Size, PdfFontStyle.Regular) <= width) return text;
        while (text.Length > 1 && canvas.Fonts.Measure(text + "…", Size, PdfFontStyle.Regular) > width) text = text[..^1];
        return text + "…";
    }
}
