using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Tests.Budgets;

public class SharedCostForKeyTests
{
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly Guid Budget = Guid.NewGuid();
    private static readonly Guid MainKey = Guid.NewGuid();
    private static readonly Guid PreparationKey = Guid.NewGuid();

    private static BudgetLineItem Expense(ExpenseCategory category, decimal amount, Guid? key = null) =>
        new(Guid.NewGuid(), Area, Budget, 0, BudgetLineKind.Expense, category.ToString(), amount) { ExpenseCategory = category, KeyId = key };

    private static BudgetLineItem Income(IncomeCategory category, decimal amount) =>
        new(Guid.NewGuid(), Area, Budget, 0, BudgetLineKind.Income, category.ToString(), amount) { IncomeCategory = category };

    private static readonly BudgetLineItem[] Lines =
    [
        Expense(ExpenseCategory.Staff, 1_000_000m),
        Expense(ExpenseCategory.Depreciation, 30_000m),
        Expense(ExpenseCategory.Other, 180_000m, PreparationKey),
        Expense(ExpenseCategory.Investments, 150_000m),
        Income(IncomeCategory.ExternalFunding, 60_000m),
        Income(IncomeCategory.MunicipalitySpecific, 20_000m),
    ];

    [Fact]
    public void The_main_key_shares_expenses_less_depreciation_direct_external_and_named_costs() =>
        Assert.Equal(Money.FromEuros(920_000m), Domain.Budgets.Budget.SharedCostFor(Lines, MainKey, isMainKey: true).Amount);

    [Fact]
    public void Investments_are_split_by_the_key_in_lines_of_their_own()
    {
        Assert.Equal(Money.FromEuros(150_000m), Domain.Budgets.Budget.InvestmentsFor(Lines, MainKey, isMainKey: true));
        Assert.Equal(Money.Zero, Domain.Budgets.Budget.InvestmentsFor(Lines, PreparationKey, isMainKey: false));
    }

    [Fact]
    public void A_named_key_shares_only_its_own_costs() =>
        Assert.Equal(Money.FromEuros(180_000m), Domain.Budgets.Budget.SharedCostFor(Lines, PreparationKey, isMainKey: false).Amount);

    [Fact]
    public void Together_the_keys_and_the_investments_share_everything_that_is_shared() =>
        Assert.Equal(Domain.Budgets.Budget.SharedCostOf(Lines).Amount,
            Domain.Budgets.Budget.SharedCostFor(Lines, MainKey, true).Amount + Domain.Budgets.Budget.SharedCostFor(Lines, PreparationKey, false).Amount
            + Domain.Budgets.Budget.InvestmentsFor(Lines, MainKey, true));
}
