using ClosedXML.Excel;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Infrastructure.Exports.FollowUp;
using TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.FollowUp;

public class FollowUpTableExporterTests
{
    private static readonly decimal[] Even = [.. Enumerable.Repeat(100m, 12)];

    private static FollowUpReport Report(string label) => new(2025, 2,
    [
        new LineFollowUp(Guid.NewGuid(), label, BudgetLineKind.Expense, "Expense.Staff", 1_200m, null, Even, [90m, 120.55m, .. new decimal[10]],
            200m, 210.55m, 1_263.30m, null, null, 0, ForecastFlag.OverPlanned),
        new LineFollowUp(Guid.NewGuid(), "Tuki", BudgetLineKind.Income, "Income.ExternalFunding", 1_200m, null, Even, new decimal[12],
            200m, 0m, 0m, 1_000m, "hanke", 1, ForecastFlag.IncomeShort),
    ], null);

    private static string Key(string key) => "{" + key + "}";

    private static string Month(int m) => "m" + m;

    [Fact]
    public void A_label_a_spreadsheet_would_run_as_a_formula_is_escaped_and_amounts_keep_their_decimal_comma()
    {
        var (headings, rows) = CsvReading.Read(FollowUpTableExporter.Csv(Report("=HYPERLINK(\"x\")"), Key, Month));
        Assert.Equal(["{FollowUp.Kind}", "{Budget.Label}", "{FollowUp.Category}", "{FollowUp.Planned}"], headings.Take(4));
        Assert.Equal("{FollowUp.MonthBudget} m1", headings[9]);
        Assert.Equal("'=HYPERLINK(\"x\")", rows[0][1]);
        Assert.Equal(["1200,00", "200,00", "210,55", "10,55", "1263,30", "{FollowUp.Flag.OverPlanned}"], rows[0][3..9]);
        Assert.Equal(["100,00", "90,00", "100,00", "120,55"], rows[0][9..13]);
        Assert.Equal("1000,00", rows[1][7]);   // the planner's own forecast
    }

    [Fact]
    public void The_xlsx_has_a_sheet_per_kind_with_live_variance_and_totals_and_the_months_with_a_live_year()
    {
        using var book = new XLWorkbook(new MemoryStream(FollowUpTableExporter.Xlsx(Report("Henkilöstö"), "Seuranta", Key, Month)));
        Assert.Equal(["{Budget.Expense}", "{Budget.Income}", "{FollowUp.SheetMonths}"], book.Worksheets.Select(w => w.Name));
        var expenses = book.Worksheet(1);
        Assert.Equal("E4-D4", expenses.Cell(4, 6).FormulaA1);
        Assert.Equal("SUM(C4:C4)", expenses.Cell(5, 3).FormulaA1);
        var months = book.Worksheet(3);
        Assert.Equal("SUM(C4:N4)", months.Cell(4, 15).FormulaA1);
        Assert.Equal(120.55m, months.Cell(5, 4).GetValue<decimal>());
    }
}
