using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>
/// The planner's estimate of a member's benefit liability for a year, used where Kela's monthly series is missing and
/// always labelled as an estimate.
/// </summary>
public class BenefitLiabilityEstimate : IAreaOwned
{
    public BenefitLiabilityEstimate(Guid id, Guid areaId, int year, MunicipalityCode municipalityCode, decimal amount, string basis)
    {
        Id = id;
        AreaId = areaId;
        Year = year;
        MunicipalityCode = municipalityCode;
        Change(amount, basis);
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int Year { get; private set; }
    public MunicipalityCode MunicipalityCode { get; private set; }
    public decimal Amount { get; private set; }
    /// <summary>What the estimate rests on, in the planner's words.</summary>
    public string Basis { get; private set; } = "";
    public uint Version { get; private set; }

    public void Change(decimal amount, string basis)
    {
        if (amount < 0) throw new DomainException("financing.negative", "An estimate cannot be negative.");
        Amount = amount;
        Basis = basis;
    }
}
