using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Areas;

/// <summary>An employment area (työllisyysalue): the tenant of the product.</summary>
[GlobalData("The tenants themselves; users see only the areas they hold a role in.")]
public class EmploymentArea
{
    public EmploymentArea(Guid id, string slug, string nameFi, string? nameSv, MunicipalityCode responsibleMunicipality,
        CooperationModel cooperationModel, DateOnly startDate, string committeeNameFi, string? committeeNameSv)
    {
        if (!IsValidSlug(slug)) throw new DomainException("area.slug", $"'{slug}' is not a valid area key.");
        Id = id;
        Slug = slug;
        NameFi = nameFi;
        NameSv = nameSv;
        ResponsibleMunicipality = responsibleMunicipality;
        CooperationModel = cooperationModel;
        StartDate = startDate;
        CommitteeNameFi = committeeNameFi;
        CommitteeNameSv = committeeNameSv;
    }

    public Guid Id { get; private set; }
    /// <summary>Short key used in addresses, e.g. "kuopio" in /areas/kuopio/overview.</summary>
    public string Slug { get; private set; }
    public string NameFi { get; private set; }
    public string? NameSv { get; private set; }
    public MunicipalityCode ResponsibleMunicipality { get; private set; }
    public CooperationModel CooperationModel { get; private set; }
    public DateOnly StartDate { get; private set; }
    public string CommitteeNameFi { get; private set; }
    public string? CommitteeNameSv { get; private set; }
    /// <summary>How the joint committee's seats are divided between the members.</summary>
    public Committees.CommitteeSeatRule SeatRule { get; set; } = Committees.CommitteeSeatRule.OnePerMember;

    public string NameIn(string twoLetterLanguage) =>
        LocalName.In(twoLetterLanguage, NameFi, NameSv);

    public string CommitteeNameIn(string twoLetterLanguage) =>
        LocalName.In(twoLetterLanguage, CommitteeNameFi, CommitteeNameSv);

    public static bool IsValidSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 40
        && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && slug[0] != '-' && slug[^1] != '-';
}
