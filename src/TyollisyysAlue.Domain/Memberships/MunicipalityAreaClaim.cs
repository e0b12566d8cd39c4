using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Memberships;

/// <summary>
/// "Municipality X belongs to area Y from … to …": one row per membership, kept by the database in the same
/// transaction as the membership itself. Readable by every area so that the second area claiming a municipality
/// for the same day learns which area holds it; PostgreSQL refuses the overlap with an exclusion constraint
/// (docs/decisions/0006-one-area-per-municipality.md). The app never writes it.
/// </summary>
[GlobalData("Which area each municipality belongs to and when: public information, needed across areas.")]
public class MunicipalityAreaClaim
{
    private MunicipalityAreaClaim(Guid membershipId, MunicipalityCode municipalityCode, Guid areaId, string areaNameFi,
        string? areaNameSv, DateOnly validFrom, DateOnly? validTo)
    {
        MembershipId = membershipId;
        MunicipalityCode = municipalityCode;
        AreaId = areaId;
        AreaNameFi = areaNameFi;
        AreaNameSv = areaNameSv;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public Guid MembershipId { get; private set; }
    public MunicipalityCode MunicipalityCode { get; private set; }
    public Guid AreaId { get; private set; }
    /// <summary>The area's name when the claim was written (area names rarely change; this is for messages only).</summary>
    public string AreaNameFi { get; private set; }
    public string? AreaNameSv { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    public string AreaNameIn(string twoLetterLanguage) =>
        LocalName.In(twoLetterLanguage, AreaNameFi, AreaNameSv);

    public bool Overlaps(DateOnly from, DateOnly? to) =>
        ValidFrom <= (to ?? DateOnly.MaxValue) && from <= (ValidTo ?? DateOnly.MaxValue);
}
