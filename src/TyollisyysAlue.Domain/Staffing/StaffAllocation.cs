using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Staffing;

/// <summary>Kuopio's six key processes (avainprosessit), the teams staff are counted by.</summary>
public enum KeyProcess
{
    Guidance = 1,
    JobMatching = 2,
    StartUps = 3,
    SkillsDevelopment = 4,
    IntensifiedSupport = 5,
    DigitalServices = 6,
}

/// <summary>Who pays: the area's own staff (the transferring TE staff and the area's hires) or the municipality's supplementary staff.</summary>
public enum StaffFunding
{
    Area = 1,
    /// <summary>Municipality-funded supplementary staff (Kuopio's 26 htv), kept apart from the area's own.</summary>
    MunicipalitySupplementary = 2,
}

/// <summary>Person-years of one process (or none named) at one location (an office or a group of offices).</summary>
public class StaffAllocation : IAreaOwned
{
    public StaffAllocation(Guid id, Guid areaId, string location, KeyProcess? process, StaffFunding funding, decimal personYears)
    {
        Id = id;
        AreaId = areaId;
        Location = location;
        Process = process;
        Funding = funding;
        PersonYears = personYears;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    /// <summary>An office or a group of them, as the plan names it (Vaasa: "Suupohjan rannikko").</summary>
    public string Location { get; set; }
    /// <summary>Null when the plan counts staff by location only (Vaasa).</summary>
    public KeyProcess? Process { get; set; }
    public StaffFunding Funding { get; set; }
    /// <summary>htv, at most two decimals, never negative.</summary>
    public decimal PersonYears { get; set; }
    public bool IsDemo { get; set; }
    public uint Version { get; private set; }
}

/// <summary>The area's staff figures beside the allocation: transferring staff, the estimated need, customers.</summary>
public class StaffingPlan : IAreaOwned
{
    public StaffingPlan(Guid id, Guid areaId)
    {
        Id = id;
        AreaId = areaId;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    /// <summary>TE staff transferring to the area (Porvoo: 71 htv).</summary>
    public decimal? TransferringPersonYears { get; set; }
    /// <summary>Estimated need (Porvoo: 85 htv).</summary>
    public decimal? NeededPersonYears { get; set; }
    /// <summary>Personal customers a year (Kuopio: about 15 000).</summary>
    public int? Customers { get; set; }
    public string? Note { get; set; }
    public bool IsDemo { get; set; }
    public uint Version { get; private set; }
}
