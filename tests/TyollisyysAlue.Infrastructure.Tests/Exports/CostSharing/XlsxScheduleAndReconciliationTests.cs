using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Infrastructure.Exports.CostSharing;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

public class XlsxScheduleAndReconciliationTests
{
    [Theory]
    [InlineData("kuopio")]
    [InlineData("random-11")]
    [InlineData("tiny-pot")]
    public void The_monthly_sheet_has_the_apps_instalments_and_SUM_totals_across_rows_and_columns(string name)
    {
        var report = XlsxSplitSheetTests.Report(name);
        var plan = report.Schedule!;
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(report));
        var sheet = workbook.Worksheet("Kuukausierät");
        var first = sheet.RowStartingWith("Kuntanumero") + 1;
        var january = sheet.ColumnHeaded(first - 1, "tammikuu");
        var total = sheet.ColumnHeaded(first - 1, "Yhteensä (€)");
        var totals = first + plan.Municipalities.Count;

        for (var m = 0; m < plan.Municipalities.Count; m++)
        {
            var municipality = plan.Municipalities[m];
            for (var month = 0; month < AdvanceSchedule.Months; month++)
                Assert.Equal(municipality.Instalments[month].Cents, sheet.Cell(first + m, january + month).Cents());
            Assert.StartsWith("SUM(", sheet.FormulaCell(first + m, total).FormulaA1, StringComparison.Ordinal);
            Assert.Equal(municipality.Total.Cents, sheet.FormulaCell(first + m, total).Cents());
        }
        for (var month = 0; month < AdvanceSchedule.Months; month++)
            Assert.Equal(plan.Municipalities.Sum(p => p.Instalments[month].Cents), sheet.FormulaCell(totals, january + month).Cents());
        Assert.Equal(plan.FinalSplit.GrandTotal.Cents, sheet.FormulaCell(totals, total).Cents());
    }

    [Theory]
    [InlineData("kuopio")]
    [InlineData("random-12")]
    public void The_reconciliation_sheet_settles_final_minus_paid_by_formula(string name)
    {
        var report = XlsxSplitSheetTests.Report(name);
        var settlements = report.Settlements!;
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(report));
        var sheet = workbook.Worksheet("Tasaus");
        var first = sheet.RowStartingWith("Kuntanumero") + 1;
        var totals = first + settlements.Count;

        for (var m = 0; m < settlements.Count; m++)
        {
            var settlement = settlements[m];
            Assert.Equal(settlement.FinalCost.Cents, sheet.Cell(first + m, 3).Cents());
            Assert.Equal(settlement.Paid.Cents, sheet.Cell(first + m, 4).Cents());
            Assert.Equal($"C{first + m}-D{first + m}", sheet.FormulaCell(first + m, 5).FormulaA1);
            Assert.Equal(settlement.Balance.Cents, sheet.Cell(first + m, 5).Cents());
        }
        Assert.Equal(settlements.Sum(s => s.Balance.Cents), sheet.FormulaCell(totals, 5).Cents());
        Assert.Equal(settlements.Sum(s => s.FinalCost.Cents), sheet.FormulaCell(totals, 3).Cents());
    }

    [Theory]
    [InlineData("sv", "Fördelning", "Månadsrater", "Avräkning")]
    [InlineData("en", "Split", "Monthly", "Reconciliation")]
    [InlineData("fi", "Jako", "Kuukausierät", "Tasaus")]
    [InlineData("de", "Jako", "Kuukausierät", "Tasaus")]
    public void Sheets_are_named_in_the_headers_language(string language, string split, string monthly, string reconciliation)
    {
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(SampleReports.KuopioLike(language)));
        Assert.Equal([split, monthly, reconciliation], workbook.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void A_report_without_schedule_or_reconciliation_has_only_the_split_sheet()
    {
        var report = SampleReports.KuopioLike() with { Schedule = null, Settlements = null };
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(report));
        Assert.Equal(["Jako"], workbook.Worksheets.Select(w => w.Name));
    }
}
