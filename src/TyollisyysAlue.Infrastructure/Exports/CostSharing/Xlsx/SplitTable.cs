using ClosedXML.Excel;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

/// <summary>
/// One row per municipality: per criterion its indicator value, quota = pot × value / Σ values (formula),
/// rounding adjustment (cents, from the app) and amount (formula); then shared = SUM of the amounts,
/// direct charges and total = SUM; a totals row of SUMs under every column.
/// </summary>
internal static class SplitTable
{
    private const int FirstCriterionColumn = 3;
    private const int ColumnsPerCriterion = 4;

    public static void Write(IXLWorksheet sheet, CostSharingExportHeader header, CostSplit split, IReadOnlyList<string> potCells, int row)
    {
        var texts = header.Texts;
        var criteria = split.Pots.Count;
        var shared = FirstCriterionColumn + ColumnsPerCriterion * criteria;
        var (direct, total) = (shared + 1, shared + 2);
        var first = row + 2;
        var totals = first + split.Municipalities.Count;
        WriteHeadings(sheet, header, split, row, shared);

        for (var m = 0; m < split.Municipalities.Count; m++)
        {
            var share = split.Municipalities[m];
            var r = first + m;
            sheet.Cell(r, 1).Text(share.Code.Value);
            sheet.Cell(r, 2).Text(header.NameOf(share.Code, share.Name));
            for (var c = 0; c < criteria; c++)
            {
                var (pot, amount) = (split.Pots[c], share.Criteria[c]);
                var col = FirstCriterionColumn + ColumnsPerCriterion * c;
                var (value, quota, adjustment) = (SheetFormat.Column(col), SheetFormat.Column(col + 1), SheetFormat.Column(col + 2));
                sheet.Cell(r, col).SetValue(amount.IndicatorValue);
                sheet.Cell(r, col + 1).FormulaA1 = $"{potCells[c]}*{value}{r}/{value}${totals}";
                sheet.Cell(r, col + 2).SetValue(SheetRounding.AdjustmentCents(amount.Amount, pot.Amount, amount.IndicatorValue, pot.IndicatorTotal));
                sheet.Cell(r, col + 3).FormulaA1 = SheetRounding.AmountFormula($"{quota}{r}", $"{adjustment}{r}");
            }
            var amounts = Enumerable.Range(0, criteria).Select(c => $"{SheetFormat.Column(FirstCriterionColumn + ColumnsPerCriterion * c + 3)}{r}");
            sheet.Cell(r, shared).FormulaA1 = $"SUM({string.Join(',', amounts)})";
            sheet.Cell(r, direct).Euro(share.Direct);
            sheet.Cell(r, total).FormulaA1 = $"SUM({SheetFormat.Column(shared)}{r}:{SheetFormat.Column(direct)}{r})";
        }
        SheetFormat.TotalsRow(sheet, totals, first, texts["SplitExport.TotalsRow"], 2, Enumerable.Range(FirstCriterionColumn, total - FirstCriterionColumn + 1).ToList());
        FormatColumns(sheet, first, totals, criteria, shared);
    }

    private static void WriteHeadings(IXLWorksheet sheet, CostSharingExportHeader header, CostSplit split, int row, int shared)
    {
        var texts = header.Texts;
        sheet.Cell(row + 1, 1).SetValue(texts["SplitExport.MunicipalityCode"]);
        sheet.Cell(row + 1, 2).SetValue(texts["SplitExport.Municipality"]);
        for (var c = 0; c < split.Pots.Count; c++)
        {
            var col = FirstCriterionColumn + ColumnsPerCriterion * c;
            sheet.Range(row, col, row, col + ColumnsPerCriterion - 1).Merge().SetValue(header.LabelFor(split.Pots[c].Indicator));
            string[] parts = [texts["SplitExport.IndicatorValue"], texts["SplitExport.Quota"], texts["SplitExport.RoundingAdjustment"], texts["SplitExport.Amount"]];
            for (var i = 0; i < parts.Length; i++) sheet.Cell(row + 1, col + i).SetValue(parts[i]);
        }
        sheet.Cell(row + 1, shared).SetValue(texts["SplitExport.SharedTotal"]);
        sheet.Cell(row + 1, shared + 1).SetValue(texts["SplitExport.Direct"]);
        sheet.Cell(row + 1, shared + 2).SetValue(texts["SplitExport.Total"]);
        SheetFormat.Heading(sheet.Range(row, 1, row + 1, shared + 2));
    }

    private static void FormatColumns(IXLWorksheet sheet, int first, int totals, int criteria, int shared)
    {
        for (var c = 0; c < criteria; c++)
        {
            var col = FirstCriterionColumn + ColumnsPerCriterion * c;
            sheet.Range(first, col + 1, totals, col + 1).Style.NumberFormat.SetFormat(SheetFormat.Quota);
            sheet.Range(first, col + 2, totals, col + 2).Style.NumberFormat.SetFormat(SheetFormat.Cents);
            sheet.Range(first, col + 3, totals, col + 3).Style.NumberFormat.SetFormat(SheetFormat.Euros);
        }
        sheet.Range(first, shared, totals, shared + 2).Style.NumberFormat.SetFormat(SheetFormat.Euros);
        sheet.Columns(1, 2).Width = 22;
        sheet.Columns(3, shared + 2).Width = 16;
        // Quotas show six decimals; column C also holds the key's pot quotas (millions of euros).
        sheet.Column(3).Width = 20;
        for (var c = 0; c < criteria; c++) sheet.Column(FirstCriterionColumn + ColumnsPerCriterion * c + 1).Width = 20;
    }
}
