using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Budgets;

/// <summary>
/// Appropriations raised or cut during the year: from <see cref="FromMonth"/> the shared cost is
/// <see cref="SharedCost"/>; the remaining monthly advances are respread (the domain's AdvanceSchedule).
/// </summary>
public class BudgetRevision : IAreaOwned
{
    public BudgetRevision(Guid id, Guid areaId, int year, int fromMonth, decimal sharedCost, string decisionReference)
    {
        if (fromMonth is < 1 or > 12) throw new DomainException("revision.month", "A revision starts in a month from 1 to 12.");
        Id = id;
        AreaId = areaId;
        Year = year;
        FromMonth = fromMonth;
        SharedCost = sharedCost;
        DecisionReference = decisionReference;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Year { get; private set; }
    public int FromMonth { get; private set; }
    public decimal SharedCost { get; private set; }
    public string DecisionReference { get; private set; }
    public string? CancelledBy { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }
    /// <summary>Concurrency token (xmin): two planners cancelling at once do not both win.</summary>
    public uint Version { get; private set; }

    /// <summary>Null while the revision is in force; a cancelled revision no longer changes the schedule.</summary>
    public Cancellation? Cancelled => CancelledAt is { } at ? new Cancellation(CancelledBy ?? string.Empty, at, CancelReason ?? string.Empty) : null;

    public void Cancel(string by, DateTimeOffset at, string reason)
    {
        var cancellation = Cancellation.Of(Cancelled, by, at, reason);
        (CancelledBy, CancelledAt, CancelReason) = (cancellation.By, cancellation.At, cancellation.Reason);
    }
}
