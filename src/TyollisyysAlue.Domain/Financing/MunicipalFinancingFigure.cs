using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Financing;

public enum FinancingFigureKind
{
    /// <summary>
    /// The state-share increase compensating the widened benefit liability, allocated by working-age population at
    /// the 2023 level (TEM's per-municipality financing sheets).
    /// </summary>
    Compensation = 1,
    /// <summary>The realised (pre-reform) employment-services state share the transition mixes in (TEM's sheets).</summary>
    RealisedStateShare = 2,
}

/// <summary>A per-municipality national figure of a year (euros), entered or imported with its source.</summary>
[GlobalData("Per-municipality figures of the national financing calculations are the same whichever area reads them.")]
public class MunicipalFinancingFigure
{
    public MunicipalFinancingFigure(Guid id, int year, MunicipalityCode municipalityCode, FinancingFigureKind kind, decimal amount,
        string source, bool isDemo, string enteredBy, DateTimeOffset enteredAt)
    {
        Id = id;
        Year = year;
        MunicipalityCode = municipalityCode;
        Kind = kind;
        Record(amount, source, isDemo, enteredBy, enteredAt);
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public MunicipalityCode MunicipalityCode { get; private set; }
    public FinancingFigureKind Kind { get; private set; }
    public decimal Amount { get; private set; }
    public string Source { get; private set; } = "";
    public bool IsDemo { get; private set; }
    public string EnteredBy { get; private set; } = "";
    public DateTimeOffset EnteredAt { get; private set; }
    public uint Version { get; private set; }

    public void Record(decimal amount, string source, bool isDemo, string enteredBy, DateTimeOffset enteredAt)
    {
        if (amount < 0) throw new DomainException("financing.negative", "A financing figure cannot be negative.");
        Amount = amount;
        Source = source;
        IsDemo = isDemo;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }
}
