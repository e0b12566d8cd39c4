using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Services;

/// <summary>
/// A service an area offers in a year: a national service (<see cref="NationalServiceCode"/>) or one of its own
/// local services (<see cref="LocalServiceId"/>), exactly one. Cost in euros with two decimals.
/// </summary>
public class ServiceOffering : IAreaOwned
{
    public ServiceOffering(Guid id, Guid areaId, int year, ProductionMode mode)
    {
        Id = id;
        AreaId = areaId;
        Year = year;
        Mode = mode;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Year { get; private set; }
    public string? NationalServiceCode { get; set; }
    public Guid? LocalServiceId { get; set; }
    public ProductionMode Mode { get; set; }
    public StatutoryClass? StatutoryClass { get; set; }
    public TargetGroups TargetGroups { get; set; }
    public int? Volume { get; set; }
    public VolumeUnit VolumeUnit { get; set; } = VolumeUnit.Customers;
    public decimal Cost { get; set; }
    /// <summary>Who produces it when not the area itself (e.g. Omnia, a supplier, a partner).</summary>
    public string? Producer { get; set; }
    public string? Note { get; set; }
    /// <summary>Invented figures (not from the seeds): the UI labels them as demo data.</summary>
    public bool IsDemo { get; set; }
    public uint Version { get; private set; }
}
