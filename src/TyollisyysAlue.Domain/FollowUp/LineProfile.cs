using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>How the planner entered a line's profile: relative weights, or euro amounts that add up to the planned amount.</summary>
public enum ProfileKind
{
    Weights = 1,
    Amounts = 2,
}

/// <summary>
/// The planner's monthly profile of a budget line (12 values), in place of the even spread. The monthly budget is
/// always the planned amount split by these values (<see cref="MonthlyBudget"/>), so it adds up to the cent even after
/// the planned amount changes.
/// </summary>
public class LineProfile : IAreaOwned
{
    public LineProfile(Guid id, Guid areaId, Guid budgetLineId, ProfileKind kind, decimal[] months)
    {
        Id = id;
        AreaId = areaId;
        BudgetLineId = budgetLineId;
        Kind = kind;
        Months = months;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid BudgetLineId { get; private set; }
    public ProfileKind Kind { get; set; }
    /// <summary>12 non-negative values with at most two decimals, January first.</summary>
    public decimal[] Months { get; set; }
    public uint Version { get; private set; }
}
