using ClosedXML.Excel;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

/// <summary>
/// The key above the municipality table: the shared cost and, per criterion, its weight (input cells)
/// and its pot = shared cost × weight / 100 rounded as in <see cref="SheetRounding"/>.
/// </summary>
internal static class SplitKeySection
{
    /// <summary>Writes from <paramref name="row"/>; returns each pot's fixed address and the first free row.</summary>
    public static (IReadOnlyList<string> PotCells, int NextRow) Write(IXLWorksheet sheet, CostSharingExportHeader header, CostSplit split, int row)
    {
        var texts = header.Texts;
        sheet.Cell(row, 1).SetValue(texts["SplitExport.SharedCost"]).Style.Font.SetBold();
        sheet.Cell(row, 2).Euro(split.SharedCost).Style.NumberFormat.SetFormat(SheetFormat.Euros);
        var sharedCost = SheetFormat.Fixed(row, 2);

        var headingRow = row + 2;
        string[] headings = [texts["SplitExport.Criterion"], texts["SplitExport.Weight"], texts["SplitExport.PotQuota"], texts["SplitExport.RoundingAdjustment"], texts["SplitExport.Pot"]];
        for (var i = 0; i < headings.Length; i++) sheet.Cell(headingRow, i + 1).SetValue(headings[i]);
        SheetFormat.Heading(sheet.Range(headingRow, 1, headingRow, headings.Length));

        var potCells = new List<string>();
        var first = headingRow + 1;
        for (var c = 0; c < split.Pots.Count; c++)
        {
            var pot = split.Pots[c];
            var r = first + c;
            sheet.Cell(r, 1).Text(header.LabelFor(pot.Indicator));
            sheet.Cell(r, 2).SetValue(pot.WeightPercent);
            sheet.Cell(r, 3).FormulaA1 = $"{sharedCost}*B{r}/100";
            sheet.Cell(r, 4).SetValue(SheetRounding.AdjustmentCents(pot.Amount, split.SharedCost, pot.WeightPercent, 100m));
            sheet.Cell(r, 5).FormulaA1 = SheetRounding.AmountFormula($"C{r}", $"D{r}");
            potCells.Add(SheetFormat.Fixed(r, 5));
        }
        var totals = first + split.Pots.Count;
        SheetFormat.TotalsRow(sheet, totals, first, texts["SplitExport.TotalsRow"], 1, [2, 3, 4, 5]);
        sheet.Range(first, 3, totals, 3).Style.NumberFormat.SetFormat(SheetFormat.Quota);
        sheet.Range(first, 4, totals, 4).Style.NumberFormat.SetFormat(SheetFormat.Cents);
        sheet.Range(first, 5, totals, 5).Style.NumberFormat.SetFormat(SheetFormat.Euros);
        return (potCells, totals + 2);
    }
}
