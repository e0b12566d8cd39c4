using TyollisyysAlue.Domain.CostSharing;
using static TyollisyysAlue.Domain.Tests.CostSharing.Build;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

public class BudgetBalanceTests
{
    // Kuopio 2025: the plan states income 18 611 000 € and a zero margin, so expenses are 18 611 000 €.
    private static readonly BudgetLine[] KuopioIncome =
    [
        new("Municipal payment shares", Euros(16_656_000m)),
        new("Supra-regional sales", Euros(140_000m)),
        new("Change-security training compensation", Euros(70_000m)),
        new("Kuopio's supplementary services and digital project", Euros(2_015_000m)),
    ];

    [Fact]
    public void Kuopio_income_lines_do_not_add_up_to_the_stated_total()
    {
        var budget = new BudgetBalance(KuopioIncome, [new("Expenses as stated", Euros(18_611_000m))],
            StatedIncomeTotal: Euros(18_611_000m));

        Assert.Equal(Euros(18_881_000m), budget.IncomeTotal);
        Assert.Equal(Euros(270_000m), budget.IncomeGap);
        Assert.Equal(Euros(270_000m), budget.OperatingMargin);
        Assert.Equal(["budget.income-lines-differ-from-total", "budget.margin-not-zero"], budget.Check().Select(f => f.Code));
        Assert.Equal([Euros(18_881_000m), Euros(18_611_000m), Euros(270_000m)], budget.Check()[0].Args);
    }

    [Fact]
    public void A_balanced_budget_with_matching_totals_has_no_findings()
    {
        var budget = new BudgetBalance(KuopioIncome, [new("Staff", Euros(7_820_000m)), new("Everything else", Euros(11_061_000m))],
            Euros(18_881_000m), Euros(18_881_000m));
        Assert.Equal(TyollisyysAlue.Domain.Common.Money.Zero, budget.OperatingMargin);
        Assert.Empty(budget.Check());
    }

    [Fact]
    public void Expense_lines_are_checked_against_their_stated_total_too()
    {
        var budget = new BudgetBalance([new("Income", Euros(100m))], [new("Staff", Euros(60m)), new("Rent", Euros(40m))],
            StatedExpenseTotal: Euros(90m));
        var finding = Assert.Single(budget.Check());
        Assert.Equal(("statedExpenseTotal", "budget.expense-lines-differ-from-total"), (finding.Field, finding.Code));
        Assert.Null(budget.IncomeGap);
    }
}
