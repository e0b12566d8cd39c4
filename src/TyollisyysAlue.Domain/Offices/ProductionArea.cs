using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Offices;

/// <summary>
/// A group of municipalities or districts served by one team (Kuopio's tuotantoalue), with the staff estimate range
/// and the date of its jobseeker counts.
/// </summary>
public class ProductionArea : IAreaOwned
{
    public ProductionArea(Guid id, Guid areaId, int number, string name, DateOnly countedOn)
    {
        Id = id;
        AreaId = areaId;
        Number = number;
        Name = name;
        CountedOn = countedOn;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Number { get; set; }
    public string Name { get; set; }
    public DateOnly CountedOn { get; set; }
    public decimal? StaffLow { get; set; }
    public decimal? StaffHigh { get; set; }
    public uint Version { get; private set; }
}

/// <summary>One municipality, or one district of a municipality (Kuopio's Maaninka-Nilsiä), in a production area.</summary>
public class ProductionAreaUnit : IAreaOwned
{
    public ProductionAreaUnit(Guid id, Guid areaId, Guid productionAreaId, MunicipalityCode municipalityCode, int jobseekers)
    {
        Id = id;
        AreaId = areaId;
        ProductionAreaId = productionAreaId;
        MunicipalityCode = municipalityCode;
        Jobseekers = jobseekers;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid ProductionAreaId { get; set; }
    public MunicipalityCode MunicipalityCode { get; set; }
    /// <summary>A district of the municipality; null = the municipality (or the rest of it).</summary>
    public string? District { get; set; }
    public int Jobseekers { get; set; }
    public uint Version { get; private set; }
}
