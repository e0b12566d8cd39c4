using ClosedXML.Excel;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

/// <summary>Twelve instalments per municipality as the app invoices them; SUM totals per row and per month.</summary>
internal static class ScheduleSheet
{
    private const int FirstMonthColumn = 3;

    public static void Add(XLWorkbook workbook, CostSharingExportHeader header, AdvancePlan schedule)
    {
        var texts = header.Texts;
        var sheet = workbook.AddWorksheet(texts["SplitExport.ScheduleSheet"]);
        SheetFormat.Title(sheet, header, texts["SplitExport.ScheduleSheet"]);
        const int headingRow = 4;
        var total = FirstMonthColumn + AdvanceSchedule.Months;
        sheet.Cell(headingRow, 1).SetValue(texts["SplitExport.MunicipalityCode"]);
        sheet.Cell(headingRow, 2).SetValue(texts["SplitExport.Municipality"]);
        var months = CostSharingCsvExporter.Months(texts).ToList();
        for (var month = 0; month < AdvanceSchedule.Months; month++)
            sheet.Cell(headingRow, FirstMonthColumn + month).SetValue(months[month]);
        sheet.Cell(headingRow, total).SetValue(texts["SplitExport.Total"]);
        SheetFormat.Heading(sheet.Range(headingRow, 1, headingRow, total));

        var first = headingRow + 1;
        for (var m = 0; m < schedule.Municipalities.Count; m++)
        {
            var municipality = schedule.Municipalities[m];
            var r = first + m;
            sheet.Cell(r, 1).Text(municipality.Code.Value);
            sheet.Cell(r, 2).Text(header.NameOf(municipality.Code, municipality.Name));
            for (var month = 0; month < AdvanceSchedule.Months; month++)
                sheet.Cell(r, FirstMonthColumn + month).Euro(municipality.Instalments[month]);
            sheet.Cell(r, total).FormulaA1 =
                $"SUM({SheetFormat.Column(FirstMonthColumn)}{r}:{SheetFormat.Column(total - 1)}{r})";
        }
        var totals = first + schedule.Municipalities.Count;
        SheetFormat.TotalsRow(sheet, totals, first, texts["SplitExport.TotalsRow"], 2, Enumerable.Range(FirstMonthColumn, total - FirstMonthColumn + 1).ToList());
        sheet.Range(first, FirstMonthColumn, totals, total).Style.NumberFormat.SetFormat(SheetFormat.Euros);
        sheet.Columns(1, 2).Width = 22;
        sheet.Columns(FirstMonthColumn, total).Width = 14;
        sheet.SheetView.FreezeRows(headingRow);
    }
}
