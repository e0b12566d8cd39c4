using ClosedXML.Excel;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

/// <summary>Year-end tasaus: final cost and advances paid (from the app), settlement = final − paid as a formula.</summary>
internal static class ReconciliationSheet
{
    public static void Add(XLWorkbook workbook, CostSharingExportHeader header, IReadOnlyList<Settlement> settlements)
    {
        var texts = header.Texts;
        var sheet = workbook.AddWorksheet(texts["SplitExport.ReconciliationSheet"]);
        SheetFormat.Title(sheet, header, texts["SplitExport.ReconciliationSheet"]);
        sheet.Cell(3, 1).SetValue(texts["SplitExport.SettlementNote"]);
        const int headingRow = 5;
        string[] headings = [texts["SplitExport.MunicipalityCode"], texts["SplitExport.Municipality"], texts["SplitExport.FinalCost"], texts["SplitExport.Paid"], texts["SplitExport.Settlement"]];
        for (var i = 0; i < headings.Length; i++) sheet.Cell(headingRow, i + 1).SetValue(headings[i]);
        SheetFormat.Heading(sheet.Range(headingRow, 1, headingRow, headings.Length));

        var first = headingRow + 1;
        for (var m = 0; m < settlements.Count; m++)
        {
            var settlement = settlements[m];
            var r = first + m;
            sheet.Cell(r, 1).Text(settlement.Code.Value);
            sheet.Cell(r, 2).Text(header.NameOf(settlement.Code, settlement.Name));
            sheet.Cell(r, 3).Euro(settlement.FinalCost);
            sheet.Cell(r, 4).Euro(settlement.Paid);
            sheet.Cell(r, 5).FormulaA1 = $"C{r}-D{r}";
        }
        var totals = first + settlements.Count;
        SheetFormat.TotalsRow(sheet, totals, first, texts["SplitExport.TotalsRow"], 2, [3, 4, 5]);
        sheet.Range(first, 3, totals, 5).Style.NumberFormat.SetFormat(SheetFormat.Euros);
        sheet.Columns(1, 2).Width = 22;
        sheet.Columns(3, 5).Width = 18;
        sheet.SheetView.FreezeRows(headingRow);
    }
}
