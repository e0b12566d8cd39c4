using TyollisyysAlue.Texts;
using ClosedXML.Excel;
using TyollisyysAlue.Application.Services;
using static TyollisyysAlue.Infrastructure.Exports.Services.ServicesXlsxExporter;

namespace TyollisyysAlue.Infrastructure.Exports.Services;

/// <summary>Number of services and euros by production mode and by statutory class, as COUNTIF/SUMIF over the services sheet.</summary>
internal static class SummarySheet
{
    public static void Add(XLWorkbook workbook, ServiceYear data, ServicesExportLabels labels, ServicesRange services)
    {
        var t = labels.Texts;
        var sheet = workbook.AddWorksheet(t["Services.SheetSummary"]);
        Title(sheet, labels, t["Services.SummaryTab"], data.Year);
        var summary = data.Summary;
        var next = Table(sheet, 4, t["Services.Mode"], summary.ByMode.Select(l => t[$"Services.Mode.{l.Key}"]).ToList(), services, services.ModeColumn, t);
        Table(sheet, next + 2, t["Services.Class"], summary.ByClass.Select(l => ServicesSheet.ClassName(l.Key, t)).ToList(), services, services.ClassColumn, t);
        Widths(sheet, 3);
    }

    /// <summary>Writes one table; returns its totals row.</summary>
    private static int Table(IXLWorksheet sheet, int headerRow, string keyHeader, IReadOnlyList<string> keys, ServicesRange services, int keyColumn, TextTable t)
    {
        Headings(sheet, headerRow, [keyHeader, t["Services.Count"], t["Services.Cost"]]);
        var from = $"'{services.SheetName}'!${Col(keyColumn)}${services.FirstRow}:${Col(keyColumn)}${services.LastRow}";
        var costs = $"'{services.SheetName}'!${Col(services.CostColumn)}${services.FirstRow}:${Col(services.CostColumn)}${services.LastRow}";
        var row = headerRow + 1;
        foreach (var key in keys)
        {
            sheet.Cell(row, 1).SetValue(key);
            sheet.Cell(row, 2).FormulaA1 = $"COUNTIF({from},A{row})";
            sheet.Cell(row, 3).FormulaA1 = $"SUMIF({from},A{row},{costs})";
            sheet.Cell(row, 3).Style.NumberFormat.Format = Euros;
            row++;
        }
        sheet.Cell(row, 1).SetValue(t["Services.TotalLabel"]);
        sheet.Cell(row, 2).FormulaA1 = $"SUM(B{headerRow + 1}:B{Math.Max(row - 1, headerRow + 1)})";
        sheet.Cell(row, 3).FormulaA1 = $"SUM(C{headerRow + 1}:C{Math.Max(row - 1, headerRow + 1)})";
        sheet.Cell(row, 3).Style.NumberFormat.Format = Euros;
        sheet.Range(row, 1, row, 3).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);
        return row;
    }
}
