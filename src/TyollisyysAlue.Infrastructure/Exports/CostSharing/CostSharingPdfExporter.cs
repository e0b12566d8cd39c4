using TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;
using UglyToad.PdfPig.Writer;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

/// <summary>
/// The split as a PDF for the committee's agenda: area, year, key with weights and pots, the municipality
/// table, a bar chart of the totals, and on every page the date, key version and page number. Title,
/// author and document language are set; fonts are embedded. Written with PdfPig (Apache-2.0).
/// </summary>
public static class CostSharingPdfExporter
{
    public const string ContentType = "application/pdf";

    public static byte[] Export(CostSharingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (header, split) = (report.Header, report.Split);
        var texts = header.Texts;
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = $"{header.AreaName} – {texts.SplitTitle} {header.BudgetYear}";
        builder.DocumentInformation.Subject = $"{texts.Key}: {header.KeyName}, {texts.Version} {header.KeyVersion}";
        builder.DocumentInformation.Author = header.AreaName;
        builder.DocumentInformation.Creator = "TyollisyysAlue";
        builder.DocumentInformation.CreationDate = PdfFormat.PdfDate(header.GeneratedAt);

        var canvas = new PdfCanvas(builder);
        PdfKeySection.Write(canvas, header, split);
        PdfSplitTable.Write(canvas, header, split);
        PdfTotalsChart.Write(canvas, header, split);
        var generated = header.GeneratedAtText;
        canvas.Footers((page, pages) => (
            $"{header.AreaName} · {texts.SplitTitle} {header.BudgetYear} · {texts.Key}: {header.KeyName}, {texts.Version} {header.KeyVersion}",
            $"{texts.Generated}: {generated} · {string.Format(texts.Culture, texts.Page, page, pages)}"));
        return PdfCatalogLanguage.Set(builder.Build(), texts.Language);
    }

    public static void Write(CostSharingReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Export(report));
    }
}
