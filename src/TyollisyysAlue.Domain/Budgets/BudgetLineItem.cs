using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Budgets;

/// <summary>
/// One line of a budget: a planned amount in euros (two decimals at most), optionally the low–high range the
/// plan gives (Kuopio: purchases 3.106–3.5 M€). Municipality-specific income names its municipality.
/// </summary>
public class BudgetLineItem : IAreaOwned
{
    public BudgetLineItem(Guid id, Guid areaId, Guid budgetId, int position, BudgetLineKind kind, string label, decimal amount)
    {
        Id = id;
        AreaId = areaId;
        BudgetId = budgetId;
        Position = position;
        Kind = kind;
        Label = label;
        Amount = amount;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid BudgetId { get; private set; }
    public int Position { get; set; }
    public BudgetLineKind Kind { get; private set; }
    public ExpenseCategory? ExpenseCategory { get; set; }
    public IncomeCategory? IncomeCategory { get; set; }
    public string Label { get; set; }
    public decimal Amount { get; set; }
    public decimal? RangeLow { get; set; }
    public decimal? RangeHigh { get; set; }
    public MunicipalityCode? MunicipalityCode { get; set; }
    /// <summary>A named cost split by its own key (Porvoo: preparation costs by population only); null = the main key.</summary>
    public Guid? KeyId { get; set; }
    public uint Version { get; private set; }
}
