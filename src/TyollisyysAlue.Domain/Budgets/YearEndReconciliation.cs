using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Budgets;

/// <summary>
/// Year-end reconciliation (tasaus) as recorded: the actual shared cost of the year and the decision on the
/// balance — settled with each municipality, or carried to a later year (<see cref="CarryToYear"/>).
/// The split itself is recalculated from the actual cost and the year's actual indicator values.
/// </summary>
public class YearEndReconciliation : IAreaOwned
{
    public YearEndReconciliation(Guid id, Guid areaId, int year, decimal actualSharedCost)
    {
        Id = id;
        AreaId = areaId;
        Year = year;
        ActualSharedCost = actualSharedCost;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Year { get; private set; }
    public decimal ActualSharedCost { get; set; }
    /// <summary>When set, the area decided to carry the surplus or deficit to this year instead of settling now.</summary>
    public int? CarryToYear { get; set; }
    public string? DecisionReference { get; set; }
    /// <summary>The balance (deficit positive, surplus negative) as decided, added to the shared cost of <see cref="CarryToYear"/>.</summary>
    public decimal? CarriedAmount { get; private set; }
    /// <summary>Where <see cref="ActualSharedCost"/> came from: entered, computed from the ledger, or the planner's override of it.</summary>
    public ActualCostSource CostSource { get; private set; }
    /// <summary>The shared cost the year's imported actuals gave when the cost was recorded (null: no actuals then).</summary>
    public decimal? ComputedFromActuals { get; private set; }
    /// <summary>Why the planner overrode the figure computed from actuals.</summary>
    public string? OverrideReason { get; private set; }
    public string? CostRecordedBy { get; private set; }
    public DateTimeOffset? CostRecordedAt { get; private set; }
    public uint Version { get; private set; }
    public string? CancelledBy { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }

    /// <summary>Null while the reconciliation stands; a cancelled one stays visible and the year may be reconciled anew.</summary>
    public Cancellation? Cancelled => CancelledAt is { } at ? new Cancellation(CancelledBy ?? string.Empty, at, CancelReason ?? string.Empty) : null;

    public void Cancel(string by, DateTimeOffset at, string reason)
    {
        var cancellation = Cancellation.Of(Cancelled, by, at, reason);
        (CancelledBy, CancelledAt, CancelReason) = (cancellation.By, cancellation.At, cancellation.Reason);
    }

    /// <summary>
    /// Records the actual shared cost and its trace. With actuals imported, an amount other than the one computed
    /// from them is an override and needs a reason; without actuals the amount is simply entered.
    /// </summary>
    public void RecordActualCost(decimal amount, decimal? fromActuals, string? reason, string by, DateTimeOffset at)
    {
        var source = fromActuals is null ? ActualCostSource.Entered
            : fromActuals == amount ? ActualCostSource.FromActuals : ActualCostSource.Overridden;
        if (source == ActualCostSource.Overridden && string.IsNullOrWhiteSpace(reason))
            throw new DomainException("reconciliation.override-reason", "Overriding the cost computed from actuals needs a reason.");
        var changed = source != CostSource || amount != ActualSharedCost || fromActuals != ComputedFromActuals
            || (source == ActualCostSource.Overridden && reason != OverrideReason) || CostRecordedAt is null;
        ActualSharedCost = amount;
        ComputedFromActuals = fromActuals;
        CostSource = source;
        OverrideReason = source == ActualCostSource.Overridden ? reason : null;
        // Who and when tell who decided the figure: a save that leaves it as it was keeps them.
        if (changed)
        {
            CostRecordedBy = by;
            CostRecordedAt = at;
        }
    }

    public void CarryTo(int? year, string? decision)
    {
        if (year is { } y && y <= Year) throw new DomainException("reconciliation.carry-year", "A balance is carried to a later year.");
        CarryToYear = year;
        DecisionReference = decision;
        if (year is null) CarriedAmount = null;
    }

    /// <summary>Fixes the carried amount at the balance the decision was made on.</summary>
    public void RecordCarriedBalance(decimal balance) => CarriedAmount = CarryToYear is null ? null : balance;
}

public enum ActualCostSource
{
    /// <summary>Entered by a planner with no actuals imported for the year.</summary>
    Entered = 0,
    /// <summary>The figure computed from the year's imported ledger actuals.</summary>
    FromActuals = 1,
    /// <summary>A planner's figure in place of the one computed from actuals, with a recorded reason.</summary>
    Overridden = 2,
}
