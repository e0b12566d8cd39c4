using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Domain.Budgets;

/// <summary>An area's budget for one year: expense and income lines and the totals the decision states.</summary>
public class Budget : IAreaOwned
{
    public Budget(Guid id, Guid areaId, int year)
    {
        Id = id;
        AreaId = areaId;
        Year = year;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Year { get; private set; }
    /// <summary>Totals as written in the budget decision, checked against the lines (Kuopio's 18 611 000 €).</summary>
    public decimal? StatedIncomeTotal { get; set; }
    public decimal? StatedExpenseTotal { get; set; }
    /// <summary>Free note shown with the budget, e.g. that the figures are demo data or a decision reference.</summary>
    public string? Note { get; set; }
    public uint Version { get; private set; }

    /// <summary>
    /// What a key splits. The main key: expenses − depreciation − municipality-specific − externally funded, less the
    /// named costs that have keys of their own. Another key: only the expenses named for it.
    /// </summary>
    public static SharedCost SharedCostFor(IReadOnlyCollection<BudgetLineItem> lines, Guid keyId, bool isMainKey) =>
        SharedCostOf(LinesOf(lines, keyId, isMainKey).Where(l => !IsInvestment(l)).ToList());

    /// <summary>Investments a key splits: billed by the same key, but in lines of their own.</summary>
    public static Money InvestmentsFor(IReadOnlyCollection<BudgetLineItem> lines, Guid keyId, bool isMainKey) =>
        Money.Sum(LinesOf(lines, keyId, isMainKey).Where(IsInvestment).Select(l => Money.FromEuros(l.Amount)));

    private static IEnumerable<BudgetLineItem> LinesOf(IEnumerable<BudgetLineItem> lines, Guid keyId, bool isMainKey) =>
        isMainKey ? lines.Where(l => l.KeyId is null || l.KeyId == keyId) : lines.Where(l => l.KeyId == keyId);

    private static bool IsInvestment(BudgetLineItem line) =>
        line.Kind == BudgetLineKind.Expense && line.ExpenseCategory == ExpenseCategory.Investments;

    /// <summary>
    /// The same formula on the year's actuals (the year-end reconciliation): each line's booked amount in place of
    /// its planned one; a line nothing was booked to counts as zero.
    /// </summary>
    public static SharedCost ActualSharedCostFor(IReadOnlyCollection<BudgetLineItem> lines, Guid keyId, bool isMainKey,
        IReadOnlyDictionary<Guid, Money> actualByLine) =>
        SharedCostOf(LinesOf(lines, keyId, isMainKey).Where(l => !IsInvestment(l)).ToList(),
            l => actualByLine.TryGetValue(l.Id, out var actual) ? actual : Money.Zero);

    /// <summary>Expenses − depreciation − municipality-specific − externally funded.</summary>
    public static SharedCost SharedCostOf(IReadOnlyCollection<BudgetLineItem> lines) =>
        SharedCostOf(lines, l => Money.FromEuros(l.Amount));

    /// <summary>The one place of the formula, for planned (<see cref="BudgetLineItem.Amount"/>) or actual amounts.</summary>
    private static SharedCost SharedCostOf(IReadOnlyCollection<BudgetLineItem> lines, Func<BudgetLineItem, Money> amountOf)
    {
        Money Sum(Func<BudgetLineItem, bool> which) => Money.Sum(lines.Where(which).Select(amountOf));
        return SharedCost.From(
            Sum(l => l.Kind == BudgetLineKind.Expense),
            Sum(l => l.Kind == BudgetLineKind.Expense && l.ExpenseCategory == ExpenseCategory.Depreciation),
            Sum(l => l.Kind == BudgetLineKind.Income && l.IncomeCategory == IncomeCategory.MunicipalitySpecific),
            Sum(l => l.Kind == BudgetLineKind.Income && l.IncomeCategory == IncomeCategory.ExternalFunding));
    }

    public static IReadOnlyList<DirectCharge> DirectChargesOf(IEnumerable<BudgetLineItem> lines) =>
        lines.Where(l => l.Kind == BudgetLineKind.Income && l.IncomeCategory == IncomeCategory.MunicipalitySpecific && l.MunicipalityCode is not null)
            .Select(l => new DirectCharge(l.MunicipalityCode!.Value, Money.FromEuros(l.Amount), l.Label))
            .ToList();

    public BudgetBalance BalanceOf(IReadOnlyCollection<BudgetLineItem> lines) => new(
        lines.Where(l => l.Kind == BudgetLineKind.Income).Select(l => new CostSharing.BudgetLine(l.Label, Money.FromEuros(l.Amount))).ToList(),
        lines.Where(l => l.Kind == BudgetLineKind.Expense).Select(l => new CostSharing.BudgetLine(l.Label, Money.FromEuros(l.Amount))).ToList(),
        StatedIncomeTotal is { } i ? Money.FromEuros(i) : null,
        StatedExpenseTotal is { } e ? Money.FromEuros(e) : null);
}
