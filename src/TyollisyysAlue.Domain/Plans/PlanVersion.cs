using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// One version of the area's arrangement plan in one language ("versio 30.5.2023", "2.0"). Only a draft may be
/// edited; the committee's decision (body, date, §) is recorded by a planner or administrator after submission.
/// A bilingual area links its Finnish and Swedish versions through <see cref="CounterpartId"/>.
/// </summary>
public class PlanVersion : IAreaOwned
{
    public PlanVersion(Guid id, Guid areaId, string label, DateOnly versionDate, string language, string title)
    {
        Id = id;
        AreaId = areaId;
        Label = label;
        VersionDate = versionDate;
        Language = language;
        Title = title;
        Status = PlanStatus.Draft;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public string Title { get; set; }
    public string Label { get; set; }
    public DateOnly VersionDate { get; set; }
    /// <summary>"fi" or "sv".</summary>
    public string Language { get; private set; }
    public PlanStatus Status { get; private set; }
    public Guid? CounterpartId { get; set; }
    /// <summary>The approved version this draft was started from (its sections were copied).</summary>
    public Guid? BasedOnId { get; set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public string? DecisionBody { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    /// <summary>The minutes' paragraph, e.g. "§ 15".</summary>
    public string? DecisionSection { get; private set; }
    public uint Version { get; private set; }

    public bool IsEditable => Status == PlanStatus.Draft;

    /// <summary>Refuses any change to the text of a version that is not a draft.</summary>
    public void EnsureEditable()
    {
        if (!IsEditable) throw new DomainException(PlanErrors.NotDraft, $"Plan version {Label} is {Status} and read-only.");
    }

    public void Submit(string by, DateTimeOffset at)
    {
        EnsureEditable();
        Status = PlanStatus.Submitted;
        SubmittedAt = at;
        SubmittedBy = by;
    }

    /// <summary>The committee sent it back (or the planner withdrew it): editable again.</summary>
    public void ReturnToDraft()
    {
        if (Status != PlanStatus.Submitted) throw new DomainException(PlanErrors.NotSubmitted, $"Plan version {Label} is not submitted.");
        Status = PlanStatus.Draft;
        SubmittedAt = null;
        SubmittedBy = null;
    }

    public void Approve(string decisionBody, DateOnly decisionDate, string decisionSection)
    {
        if (Status != PlanStatus.Submitted) throw new DomainException(PlanErrors.NotSubmitted, $"Plan version {Label} is not submitted.");
        if (string.IsNullOrWhiteSpace(decisionBody) || string.IsNullOrWhiteSpace(decisionSection))
            throw new DomainException(PlanErrors.DecisionRequired, "The decision needs its body and paragraph.");
        Status = PlanStatus.Approved;
        DecisionBody = decisionBody.Trim();
        DecisionDate = decisionDate;
        DecisionSection = decisionSection.Trim();
    }

    /// <summary>The next approved version of the same language replaces this one.</summary>
    public void Supersede()
    {
        if (Status != PlanStatus.Approved) throw new DomainException(PlanErrors.NotApproved, $"Plan version {Label} is not approved.");
        Status = PlanStatus.Superseded;
    }
}
