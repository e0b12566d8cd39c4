using System.Globalization;
using TyollisyysAlue.Domain.Common;
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
        builder.DocumentInformation.Title = $"{header.AreaName} – {header.Title}";
        builder.DocumentInformation.Subject = header.KeyLine;
        builder.DocumentInformation.Author = header.AreaName;
        builder.DocumentInformation.Creator = "TyollisyysAlue";
        builder.DocumentInformation.CreationDate = PdfDate(HelsinkiTime.At(header.GeneratedAt));

        var canvas = new PdfCanvas(builder);
        PdfKeySection.Write(canvas, header, split);
        PdfSplitTable.Write(canvas, header, split);
        PdfTotalsChart.Write(canvas, header, split);
        canvas.Footers((page, pages) => (
            $"{header.AreaName} · {header.Title} · {header.KeyLine}",
            $"{header.GeneratedLine} · {texts["SplitExport.Page", page, pages]}"));
        return PdfCatalogLanguage.Set(builder.Build(), texts.Language);
    }

    /// <summary>A PDF date string on a Finnish clock, e.g. D:20250115093000+02'00'.</summary>
    internal static string PdfDate(DateTimeOffset at)
    {
        var offset = at.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return $"D:{at.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'";
    }

    public static void Write(CostSharingReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Export(report));
    }
}
