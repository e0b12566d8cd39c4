using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Infrastructure.Exports.CostSharing;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

public class XlsxSplitSheetTests
{
    public static TheoryData<string> Cases => ["kuopio", "random-1", "random-2", "random-3", "random-4", "random-5", "tiny-pot"];

    internal static CostSharingReport Report(string name) => name switch
    {
        "kuopio" => SampleReports.KuopioLike(),
        "tiny-pot" => SampleReports.TinyPot(),
        _ => SampleReports.Random(int.Parse(name["random-".Length..], System.Globalization.CultureInfo.InvariantCulture)),
    };

    [Theory, MemberData(nameof(Cases))]
    public void Every_amount_and_row_total_is_a_formula_that_gives_the_apps_cents(string name)
    {
        var report = Report(name);
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(report));
        var table = new SplitSheetTable(workbook.Worksheet("Jako"));

        for (var m = 0; m < report.Split.Municipalities.Count; m++)
        {
            var share = report.Split.Municipalities[m];
            var row = table.FirstRow + m;
            Assert.Equal(share.Code.Value, table.Sheet.Cell(row, 1).GetString());
            for (var c = 0; c < share.Criteria.Count; c++)
            {
                Assert.Contains("ROUNDDOWN", table.Sheet.FormulaCell(row, table.Amounts[c]).FormulaA1, StringComparison.Ordinal);
                Assert.True(table.Sheet.FormulaCell(row, table.Quotas[c]).HasFormula);
                Assert.Equal(share.Criteria[c].Amount.Cents, table.Sheet.FormulaCell(row, table.Amounts[c]).Cents());
            }
            Assert.StartsWith("SUM(", table.Sheet.FormulaCell(row, table.SharedTotal).FormulaA1, StringComparison.Ordinal);
            Assert.Equal(share.Shared.Cents, table.Sheet.FormulaCell(row, table.SharedTotal).Cents());
            Assert.Equal(share.Direct.Cents, table.Sheet.Cell(row, table.Direct).Cents());
            Assert.Equal(share.Total.Cents, table.Sheet.FormulaCell(row, table.Total).Cents());
        }
    }

    [Theory, MemberData(nameof(Cases))]
    public void The_totals_row_sums_every_column_to_the_apps_pots_and_totals(string name)
    {
        var report = Report(name);
        var split = report.Split;
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(report));
        var table = new SplitSheetTable(workbook.Worksheet("Jako"));
        var totals = table.FirstRow + split.Municipalities.Count;

        Assert.Equal("Yhteensä", table.Sheet.Cell(totals, 2).GetString());
        for (var c = 0; c < split.Pots.Count; c++)
        {
            Assert.StartsWith("SUM(", table.Sheet.FormulaCell(totals, table.Amounts[c]).FormulaA1, StringComparison.Ordinal);
            Assert.Equal(split.Pots[c].Amount.Cents, table.Sheet.FormulaCell(totals, table.Amounts[c]).Cents());
            Assert.Equal((double)split.Pots[c].IndicatorTotal, table.Sheet.FormulaCell(totals, table.Values[c]).GetDouble(), 6);
        }
        Assert.Equal(split.SharedCost.Cents, table.Sheet.FormulaCell(totals, table.SharedTotal).Cents());
        Assert.Equal(split.DirectTotal.Cents, table.Sheet.FormulaCell(totals, table.Direct).Cents());
        Assert.Equal(split.GrandTotal.Cents, table.Sheet.FormulaCell(totals, table.Total).Cents());
    }

    [Theory, MemberData(nameof(Cases))]
    public void The_key_holds_the_weights_as_inputs_and_each_pot_as_a_formula_of_the_shared_cost(string name)
    {
        var report = Report(name);
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(report));
        var sheet = workbook.Worksheet("Jako");
        var headings = sheet.RowStartingWith("Jakoperuste");
        Assert.Equal(report.Split.SharedCost.Cents, sheet.Cell(headings - 2, 2).Cents());

        for (var c = 0; c < report.Split.Pots.Count; c++)
        {
            var pot = report.Split.Pots[c];
            var row = headings + 1 + c;
            Assert.False(sheet.Cell(row, 2).HasFormula);
            Assert.Equal(pot.WeightPercent, (decimal)sheet.Cell(row, 2).GetDouble());
            Assert.Contains("$B$", sheet.FormulaCell(row, 3).FormulaA1, StringComparison.Ordinal);
            Assert.Equal(pot.Amount.Cents, sheet.FormulaCell(row, 5).Cents());
        }
        Assert.Equal(report.Split.SharedCost.Cents, sheet.FormulaCell(headings + 1 + report.Split.Pots.Count, 5).Cents());
    }

    [Fact]
    public void A_quota_of_whole_cents_that_a_double_cannot_hold_still_gives_those_cents()
    {
        // 0.58 € in two equal parts: 0.29 is 0.28999… as a double; a plain ROUNDDOWN(quota; 2) would give 0.28.
        var report = SampleReports.TinyPot();
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(report));
        var table = new SplitSheetTable(workbook.Worksheet("Jako"));
        Assert.All(report.Split.Municipalities, (share, m) =>
            Assert.Equal(share.Criteria[0].Amount.Cents, table.Sheet.Cell(table.FirstRow + m, table.Amounts[0]).Cents()));
        Assert.Equal(29, report.Split.Municipalities[0].Criteria[0].Amount.Cents);
    }

    [Fact]
    public void Municipality_codes_keep_their_leading_zeros()
    {
        var report = SampleReports.Random(7);
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(report));
        var table = new SplitSheetTable(workbook.Worksheet("Jako"));
        Assert.All(report.Split.Municipalities, (share, m) =>
            Assert.Equal(share.Code.Value, table.Sheet.Cell(table.FirstRow + m, 1).GetString()));
    }
}
