using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>The first lines of the agenda attachment: area, year, key and version, the criteria with weights and pots.</summary>
internal static class PdfKeySection
{
    public static void Write(PdfCanvas canvas, CostSharingExportHeader header, CostSplit split)
    {
        var texts = header.Texts;
        var culture = texts.Culture;
        canvas.Text(header.AreaName, PdfCanvas.Margin, 16, isBold: true);
        canvas.MoveDown(20);
        canvas.Text($"{texts.SplitTitle} {header.BudgetYear}", PdfCanvas.Margin, 13, isBold: true);
        canvas.MoveDown(16);
        canvas.Text($"{texts.BudgetYear} {header.BudgetYear} · {texts.Key}: {header.KeyName}, {texts.Version} {header.KeyVersion} · " +
            $"{texts.Generated}: {header.GeneratedAtText}", PdfCanvas.Margin, 9);
        canvas.MoveDown(20);

        double[] right = [PdfCanvas.Margin + 260, PdfCanvas.Margin + 400];
        canvas.Text(texts.Criterion, PdfCanvas.Margin, 9, isBold: true);
        canvas.TextRight(texts.Weight, right[0], 9, isBold: true);
        canvas.TextRight(texts.Pot, right[1], 9, isBold: true);
        foreach (var pot in split.Pots)
        {
            canvas.MoveDown(12);
            canvas.Text(canvas.Fit(header.LabelFor(pot.Indicator), 180, 9), PdfCanvas.Margin, 9);
            canvas.TextRight(PdfFormat.Percent(pot.WeightPercent, culture), right[0], 9);
            canvas.TextRight(PdfFormat.Euros(pot.Amount, culture), right[1], 9);
        }
        canvas.MoveDown(16);
        (string Label, Domain.Common.Money Amount)[] totals =
            [(texts.SharedCost, split.SharedCost), (texts.Direct, split.DirectTotal), (texts.Total, split.GrandTotal)];
        foreach (var (label, amount) in totals)
        {
            canvas.Text(label, PdfCanvas.Margin, 9, isBold: label == texts.Total);
            canvas.TextRight(PdfFormat.Euros(amount, culture), right[1], 9, isBold: label == texts.Total);
            canvas.MoveDown(12);
        }
        canvas.MoveDown(12);
    }
}
