using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Domain.Partners;

public enum PartnerKind
{
    WellbeingCounty = 1,
    Kela = 2,
    ElyCentre = 3,
    KehaCentre = 4,
    EducationProvider = 5,
    BusinessDevelopment = 6,
    ThirdSector = 7,
    OtherEmploymentArea = 8,
    Other = 9,
}

/// <summary>
/// A partner organisation, the forms of cooperation, its agreement (one per partner row: a second agreement with
/// the same organisation is a second row) and the plan point (§15(4) a–f) the cooperation belongs to.
/// </summary>
public class Partner : IAreaOwned
{
    public Partner(Guid id, Guid areaId, string name, PartnerKind kind, StatutorySection section)
    {
        Id = id;
        AreaId = areaId;
        Name = name;
        Kind = kind;
        Section = section;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public string Name { get; set; }
    /// <summary>The organisation's Swedish name (FPA, NTM-centralen …); empty = the Finnish name.</summary>
    public string? NameSv { get; set; }
    public PartnerKind Kind { get; set; }
    public StatutorySection Section { get; set; }
    public string? Cooperation { get; set; }
    public string? ContactPerson { get; set; }
    public string? Agreement { get; set; }
    public DateOnly? AgreementDate { get; set; }
    public DateOnly? ReviewDate { get; set; }
    public bool IsDemo { get; set; }
    public uint Version { get; private set; }

    /// <summary>The name for a language: Swedish shows the Swedish name where there is one.</summary>
    public string NameIn(string twoLetterLanguage) => LocalName.In(twoLetterLanguage, Name, NameSv);

    /// <summary>The agreement's review date has passed.</summary>
    public bool IsReviewOverdue(DateOnly today) => ReviewDate is { } review && review < today;
}
