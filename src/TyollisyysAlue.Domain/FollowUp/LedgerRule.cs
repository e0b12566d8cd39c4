using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>
/// Which bookings belong to which budget line: an account range and, optionally, a cost-centre range (Porvoo books
/// the area's staff on 4000–4099 at cost centre 2100). Saved per area, so next month's file maps by itself.
/// </summary>
public class LedgerRule : IAreaOwned
{
    public const int MaxCodeLength = 40;

    public LedgerRule(Guid id, Guid areaId, Guid budgetLineId, string accountFrom, string? accountTo)
    {
        Id = id;
        AreaId = areaId;
        BudgetLineId = budgetLineId;
        AccountFrom = accountFrom;
        AccountTo = accountTo;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    /// <summary>The budget line the matching bookings count for (lines are per year: a rule names the year's line).</summary>
    public Guid BudgetLineId { get; set; }
    public string AccountFrom { get; set; }
    /// <summary>End of the account range; null for the one account <see cref="AccountFrom"/>.</summary>
    public string? AccountTo { get; set; }
    /// <summary>Cost-centre range; null matches every cost centre.</summary>
    public string? CostCentreFrom { get; set; }
    public string? CostCentreTo { get; set; }
    public uint Version { get; private set; }

    public bool Matches(string account, string costCentre) =>
        LedgerCode.InRange(account, AccountFrom, AccountTo)
        && (string.IsNullOrWhiteSpace(CostCentreFrom) || LedgerCode.InRange(costCentre, CostCentreFrom, CostCentreTo));
}
