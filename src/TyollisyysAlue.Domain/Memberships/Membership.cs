using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Memberships;

/// <summary>
/// A municipality's membership in an employment area over a period. Both dates are inclusive;
/// an open end (<see cref="ValidTo"/> null) means the membership continues.
/// </summary>
public class Membership : IAreaOwned
{
    public Membership(Guid id, Guid areaId, MunicipalityCode municipalityCode, DateOnly validFrom, DateOnly? validTo,
        string decisionReference, string? endReason = null)
    {
        if (validTo is { } end && end < validFrom)
            throw new DomainException("membership.end-before-start", "The membership cannot end before it starts.");
        if (string.IsNullOrWhiteSpace(decisionReference))
            throw new DomainException("membership.decision-required", "A membership needs the decision it rests on.");
        Id = id;
        AreaId = areaId;
        MunicipalityCode = municipalityCode;
        ValidFrom = validFrom;
        ValidTo = validTo;
        DecisionReference = decisionReference.Trim();
        EndReason = endReason;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public MunicipalityCode MunicipalityCode { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    /// <summary>The decision the membership rests on, e.g. "Valtioneuvosto 22.2.2024".</summary>
    public string DecisionReference { get; private set; }
    public string? EndReason { get; private set; }
    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    /// <summary>Ends the membership on <paramref name="lastDay"/> (inclusive) for the given reason.</summary>
    public void End(DateOnly lastDay, string reason)
    {
        if (lastDay < ValidFrom)
            throw new DomainException("membership.end-before-start", "The membership cannot end before it starts.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("membership.end-reason-required", "Ending a membership needs its reason.");
        ValidTo = lastDay;
        EndReason = reason.Trim();
    }

    public bool IsActiveOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>
    /// A membership counts for a budget year when it is in force on the first day of that year: changes
    /// take effect for budget years on or after their date, so a mid-year change applies from the next year.
    /// </summary>
    public bool CountsForBudgetYear(int year) => IsActiveOn(new DateOnly(year, 1, 1));

    public bool Overlaps(Membership other) =>
        ValidFrom <= (other.ValidTo ?? DateOnly.MaxValue) && other.ValidFrom <= (ValidTo ?? DateOnly.MaxValue);
}
