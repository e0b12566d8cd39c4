using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.CostSharing;
using UglyToad.PdfPig.Core;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>A horizontal bar per municipality, its length proportional to the municipality's total, the figure beside it.</summary>
internal static class PdfTotalsChart
{
    private const double Size = 7.5, RowHeight = 13, BarHeight = 8, LabelWidth = 130, FigureWidth = 90;

    public static void Write(PdfCanvas canvas, CostSharingExportHeader header, CostSplit split)
    {
        var texts = header.Texts;
        canvas.EnsureRoom(40);
        canvas.Text(texts["SplitExport.ChartTitle"], PdfCanvas.Margin, 11, isBold: true);
        canvas.MoveDown(8);
        var largest = split.Municipalities.Max(m => m.Total.Cents);
        var barStart = PdfCanvas.Margin + LabelWidth;
        var barSpace = PdfCanvas.Right - barStart - FigureWidth;
        foreach (var share in split.Municipalities)
        {
            canvas.EnsureRoom(RowHeight);
            canvas.MoveDown(RowHeight);
            canvas.Text(canvas.Fit(header.NameOf(share.Code, share.Name), LabelWidth - 6, Size), PdfCanvas.Margin, Size);
            var length = largest > 0 ? barSpace * share.Total.Cents / largest : 0;
            if (length > 0)
            {
                canvas.Page.SetTextAndFillColor(46, 104, 165);
                canvas.Page.DrawRectangle(new PdfPoint(barStart, canvas.Y - 1), length, BarHeight, 0, fill: true);
                canvas.Page.ResetColor();
            }
            canvas.Text(Formats.Amount(share.Total), barStart + length + 4, Size);
        }
    }
}
