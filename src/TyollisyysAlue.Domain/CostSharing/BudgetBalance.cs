using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.CostSharing;

public sealed record BudgetLine(string Label, Money Amount);

/// <summary>
/// An area budget's lines, and the totals the plan states for them. The operating margin
/// (income − expenses) must be zero, and stated totals must equal the sum of their lines;
/// <see cref="Check"/> names every mismatch instead of trusting the stated figures.
/// </summary>
public sealed record BudgetBalance(
    IReadOnlyList<BudgetLine> Income,
    IReadOnlyList<BudgetLine> Expenses,
    Money? StatedIncomeTotal = null,
    Money? StatedExpenseTotal = null)
{
    public Money IncomeTotal => Money.Sum(Income.Select(l => l.Amount));
    public Money ExpenseTotal => Money.Sum(Expenses.Select(l => l.Amount));
    public Money OperatingMargin => IncomeTotal - ExpenseTotal;

    /// <summary>Sum of the income lines − the stated income total; null when no total is stated.</summary>
    public Money? IncomeGap => StatedIncomeTotal is { } stated ? IncomeTotal - stated : null;
    public Money? ExpenseGap => StatedExpenseTotal is { } stated ? ExpenseTotal - stated : null;

    public IReadOnlyList<CostSharingError> Check()
    {
        var findings = new List<CostSharingError>();
        if (IncomeGap is { } incomeGap && incomeGap != Money.Zero)
            findings.Add(new("statedIncomeTotal", "budget.income-lines-differ-from-total", IncomeTotal, StatedIncomeTotal!.Value, incomeGap));
        if (ExpenseGap is { } expenseGap && expenseGap != Money.Zero)
            findings.Add(new("statedExpenseTotal", "budget.expense-lines-differ-from-total", ExpenseTotal, StatedExpenseTotal!.Value, expenseGap));
        if (OperatingMargin != Money.Zero)
            findings.Add(new("operatingMargin", "budget.margin-not-zero", IncomeTotal, ExpenseTotal, OperatingMargin));
        return findings;
    }
}
