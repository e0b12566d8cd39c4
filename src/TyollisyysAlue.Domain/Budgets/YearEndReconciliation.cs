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
    public uint Version { get; private set; }

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
