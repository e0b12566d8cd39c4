using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Procurement;

/// <summary>
/// One line of an area's procurement plan for a year: a service of its catalogue (an offering of the year),
/// the estimated value, the procedure, a supplier if known, and the schedule as a planned tender date plus
/// the contract period in months.
/// </summary>
public class ProcurementLine : IAreaOwned
{
    public ProcurementLine(Guid id, Guid areaId, int year, Guid offeringId, ProcurementCategory category, decimal estimatedValue)
    {
        Id = id;
        AreaId = areaId;
        Year = year;
        OfferingId = offeringId;
        Category = category;
        EstimatedValue = estimatedValue;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Year { get; private set; }
    public Guid OfferingId { get; set; }
    public string? Title { get; set; }
    public ProcurementCategory Category { get; set; }
    public decimal EstimatedValue { get; set; }
    public ProcurementProcedure? Procedure { get; set; }
    public DirectAwardGround? DirectAwardGround { get; set; }
    public string? Supplier { get; set; }
    public DateOnly? TenderDate { get; set; }
    public int? ContractMonths { get; set; }
    public bool IsDemo { get; set; }
    public uint Version { get; private set; }
}
