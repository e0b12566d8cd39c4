using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>The planner's own year-end forecast for a budget line, with the reason, in place of the run rate.</summary>
public class LineForecast : IAreaOwned
{
    public LineForecast(Guid id, Guid areaId, Guid budgetLineId, decimal amount, string comment)
    {
        Id = id;
        AreaId = areaId;
        BudgetLineId = budgetLineId;
        Amount = amount;
        Comment = comment;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid BudgetLineId { get; private set; }
    public decimal Amount { get; set; }
    public string Comment { get; set; }
    public uint Version { get; private set; }
}
