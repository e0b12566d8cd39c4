using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Pdf;

/// <summary>
/// The split in two tables (issue 12.8: the committee sees the figures behind the euros): first each criterion's
/// indicator value and the member's share of it, then one amount per criterion, shared total, direct charges and total.
/// </summary>
internal static class PdfSplitTable
{
    public static void Write(PdfCanvas canvas, CostSharingExportHeader header, CostSplit split)
    {
        var texts = header.Texts;
        var (code, name) = (texts["SplitExport.MunicipalityCode"], texts["SplitExport.Municipality"]);

        string[] indicatorHeadings = [.. split.Pots.SelectMany(p => new[]
            { texts["SplitExport.CriterionValue", header.LabelFor(p.Indicator)], texts["SplitExport.CriterionShare", header.LabelFor(p.Indicator)] })];
        PdfTable.Write(canvas, code, name, indicatorHeadings,
            [.. split.Municipalities.Select(m => new PdfTable.Row(m.Code.Value, header.NameOf(m.Code, m.Name),
                [.. m.Criteria.SelectMany(c => new[] { Formats.Figure(c.IndicatorValue), Formats.Percent(c.Ratio) })]))],
            new PdfTable.Row("", texts["SplitExport.TotalsRow"], [.. split.Pots.SelectMany(p => new[] { Formats.Figure(p.IndicatorTotal), Formats.Percent(1m) })]));

        string[] amountHeadings = [.. split.Pots.Select(p => texts["SplitExport.CriterionAmount", header.LabelFor(p.Indicator)]),
            texts["SplitExport.SharedTotal"], texts["SplitExport.Direct"], texts["SplitExport.Total"]];
        PdfTable.Write(canvas, code, name, amountHeadings,
            [.. split.Municipalities.Select(m => new PdfTable.Row(m.Code.Value, header.NameOf(m.Code, m.Name),
                Amounts([.. m.Criteria.Select(c => c.Amount), m.Shared, m.Direct, m.Total])))],
            new PdfTable.Row("", texts["SplitExport.TotalsRow"], Amounts([.. split.Pots.Select(p => p.Amount), split.SharedCost, split.DirectTotal, split.GrandTotal])));
    }

    private static string[] Amounts(IEnumerable<Money> amounts) => [.. amounts.Select(Formats.Amount)];
}
