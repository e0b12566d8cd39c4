using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>The first lines of the agenda attachment: area, year, key and version, the criteria with weights and pots.</summary>
internal static class PdfKeySection
{
    public static void Write(PdfCanvas canvas, CostSharingExportHeader header, CostSplit split)
    {
        var texts = header.Texts;
        canvas.Text(header.AreaName, PdfCanvas.Margin, 16, isBold: true);
        canvas.MoveDown(20);
        canvas.Text(header.Title, PdfCanvas.Margin, 13, isBold: true);
        canvas.MoveDown(16);
        canvas.Text($"{texts["SplitExport.BudgetYear", header.BudgetYear]} · {header.KeyLine} · {header.GeneratedLine}", PdfCanvas.Margin, 9);
        canvas.MoveDown(20);

        double[] right = [PdfCanvas.Margin + 260, PdfCanvas.Margin + 400];
        canvas.Text(texts["SplitExport.Criterion"], PdfCanvas.Margin, 9, isBold: true);
        canvas.TextRight(texts["SplitExport.Weight"], right[0], 9, isBold: true);
        canvas.TextRight(texts["SplitExport.Pot"], right[1], 9, isBold: true);
        foreach (var pot in split.Pots)
        {
            canvas.MoveDown(12);
            canvas.Text(canvas.Fit(header.LabelFor(pot.Indicator), 180, 9), PdfCanvas.Margin, 9);
            canvas.TextRight(Formats.Weight(pot.WeightPercent), right[0], 9);
            canvas.TextRight(Formats.Amount(pot.Amount), right[1], 9);
        }
        canvas.MoveDown(16);
        (string Label, Domain.Common.Money Amount)[] totals =
            [(texts["SplitExport.SharedCost"], split.SharedCost), (texts["SplitExport.Direct"], split.DirectTotal), (texts["SplitExport.Total"], split.GrandTotal)];
        for (var i = 0; i < totals.Length; i++)
        {
            var (label, amount) = totals[i];
            var isTotal = i == totals.Length - 1;
            canvas.Text(label, PdfCanvas.Margin, 9, isBold: isTotal);
            canvas.TextRight(Formats.Amount(amount), right[1], 9, isBold: isTotal);
            canvas.MoveDown(12);
        }
        canvas.MoveDown(12);
    }
}
