using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Indicators;

/// <summary>
/// One municipality's value of an indicator on a date (a monthly statistic is stored on the first day of
/// its month). Area-owned: each area keeps the figures its cost split rests on.
/// </summary>
public class IndicatorValue : IAreaOwned
{
    public IndicatorValue(Guid id, Guid areaId, string indicatorCode, MunicipalityCode municipalityCode, DateOnly onDate,
        decimal value, string source, bool isDemo)
    {
        if (value < 0) throw new DomainException("indicator.negative", "An indicator value cannot be negative.");
        Id = id;
        AreaId = areaId;
        IndicatorCode = indicatorCode;
        MunicipalityCode = municipalityCode;
        OnDate = onDate;
        Value = value;
        Source = source;
        IsDemo = isDemo;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public string IndicatorCode { get; private set; }
    public MunicipalityCode MunicipalityCode { get; private set; }
    public DateOnly OnDate { get; private set; }
    public decimal Value { get; private set; }
    /// <summary>E.g. "Tilastokeskus 11re, ladattu 3.1.2025" or "käsin".</summary>
    public string Source { get; private set; }
    /// <summary>Invented for the demo: the UI labels it and never presents it as official statistics.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public void Change(decimal value, string source)
    {
        if (value < 0) throw new DomainException("indicator.negative", "An indicator value cannot be negative.");
        Value = value;
        Source = source;
        IsDemo = false;
    }

    /// <summary>An undo: the value as it was, with its source and its demo mark (a restored demo value is still demo).</summary>
    public void Restore(decimal value, string source, bool isDemo)
    {
        Change(value, source);
        IsDemo = isDemo;
    }
}
