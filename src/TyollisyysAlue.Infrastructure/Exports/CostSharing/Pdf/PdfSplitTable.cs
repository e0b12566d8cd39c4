using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using UglyToad.PdfPig.Core;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>
/// The split table: code, name, one amount per criterion, shared total, direct charges and total, with a
/// totals row; the headings are repeated on every page the table runs onto.
/// </summary>
internal static class PdfSplitTable
{
    private const double Size = 7.5, RowHeight = 11, CodeWidth = 55, NameWidth = 100;

    public static void Write(PdfCanvas canvas, CostSharingExportHeader header, CostSplit split)
    {
        var texts = header.Texts;
        var amountColumns = split.Pots.Count + 3;
        var width = Math.Min(110, (PdfCanvas.Right - PdfCanvas.Margin - CodeWidth - NameWidth) / amountColumns);
        var rights = Enumerable.Range(1, amountColumns).Select(i => PdfCanvas.Margin + CodeWidth + NameWidth + i * width).ToList();
        string[] headings = [.. split.Pots.Select(p => header.LabelFor(p.Indicator)), texts["SplitExport.SharedTotal"], texts["SplitExport.Direct"], texts["SplitExport.Total"]];

        void Headings()
        {
            canvas.Text(canvas.Fit(texts["SplitExport.MunicipalityCode"], CodeWidth - 4, Size, true), PdfCanvas.Margin, Size, isBold: true);
            canvas.Text(texts["SplitExport.Municipality"], PdfCanvas.Margin + CodeWidth, Size, isBold: true);
            for (var i = 0; i < headings.Length; i++)
                canvas.TextRight(canvas.Fit(headings[i], width - 6, Size, true), rights[i], Size, isBold: true);
            Rule(canvas);
        }

        void Row(string code, string name, IEnumerable<Money> amounts, bool isBold = false)
        {
            if (canvas.EnsureRoom(RowHeight)) Headings();
            canvas.MoveDown(RowHeight);
            canvas.Text(code, PdfCanvas.Margin, Size, isBold);
            canvas.Text(canvas.Fit(name, NameWidth - 4, Size, isBold), PdfCanvas.Margin + CodeWidth, Size, isBold);
            foreach (var (amount, right) in amounts.Zip(rights))
                canvas.TextRight(Formats.Amount(amount), right, Size, isBold);
        }

        canvas.EnsureRoom(3 * RowHeight);
        Headings();
        foreach (var share in split.Municipalities)
            Row(share.Code.Value, header.NameOf(share.Code, share.Name), [.. share.Criteria.Select(c => c.Amount), share.Shared, share.Direct, share.Total]);
        canvas.EnsureRoom(RowHeight);
        Rule(canvas);
        Row("", texts["SplitExport.TotalsRow"], [.. split.Pots.Select(p => p.Amount), split.SharedCost, split.DirectTotal, split.GrandTotal], isBold: true);
        canvas.MoveDown(2 * RowHeight);
    }

    private static void Rule(PdfCanvas canvas) =>
        canvas.Page.DrawLine(new PdfPoint(PdfCanvas.Margin, canvas.Y - 3), new PdfPoint(PdfCanvas.Right, canvas.Y - 3), 0.5);
}
