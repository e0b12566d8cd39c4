using ClosedXML.Excel;
using TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

/// <summary>
/// The split as an .xlsx workbook a finance officer can audit: amounts and totals are live formulas
/// over the inputs (shared cost, weights, indicator values, rounding adjustments) and equal the app's
/// figures to the cent. Sheets: the split; the monthly advances and the tasaus when the report has them.
/// </summary>
public static class CostSharingXlsxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(CostSharingReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        var header = report.Header;
        SplitSheet.Add(workbook, header, report.Split);
        if (report.Schedule is { } schedule) ScheduleSheet.Add(workbook, header, schedule);
        if (report.Settlements is { } settlements) ReconciliationSheet.Add(workbook, header, settlements);
        workbook.SaveAs(output);
    }

    public static byte[] Export(CostSharingReport report)
    {
        using var output = new MemoryStream();
        Write(report, output);
        return output.ToArray();
    }
}
