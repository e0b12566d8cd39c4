using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Committees;

/// <summary>A member of the area's joint committee for a municipality and a term, with a personal deputy.</summary>
public class CommitteeMember : IAreaOwned
{
    public CommitteeMember(Guid id, Guid areaId, MunicipalityCode municipalityCode, string name, string? deputy, DateOnly termStart, DateOnly? termEnd)
    {
        if (termEnd is { } end && end < termStart) throw new DomainException("committee.term", "A term cannot end before it starts.");
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("committee.name", "A committee member needs a name.");
        Id = id;
        AreaId = areaId;
        MunicipalityCode = municipalityCode;
        Name = name.Trim();
        Deputy = string.IsNullOrWhiteSpace(deputy) ? null : deputy.Trim();
        TermStart = termStart;
        TermEnd = termEnd;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public MunicipalityCode MunicipalityCode { get; private set; }
    public string Name { get; private set; }
    public string? Deputy { get; private set; }
    public DateOnly TermStart { get; private set; }
    public DateOnly? TermEnd { get; private set; }

    public bool IsSittingOn(DateOnly day) => TermStart <= day && (TermEnd is null || day <= TermEnd);
}
