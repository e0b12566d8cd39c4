namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// Where a plan version is in its life: a draft planners write, submitted for the committee, approved (read-only,
/// with the decision) and superseded once the next version of the same language is approved. Stored as text.
/// </summary>
public enum PlanStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Superseded = 4,
}

/// <summary>Stable codes of the plan's refused operations; the UI translates them (strings "Plan.Error.*").</summary>
public static class PlanErrors
{
    public const string NotDraft = "Plan.Error.NotDraft";
    public const string NotSubmitted = "Plan.Error.NotSubmitted";
    public const string NotApproved = "Plan.Error.NotApproved";
    public const string StatutoryUndeletable = "Plan.Error.StatutoryUndeletable";
    public const string NestOneLevel = "Plan.Error.NestOneLevel";
    public const string DecisionRequired = "Plan.Error.DecisionRequired";
    public const string OpenVersionExists = "Plan.Error.OpenVersionExists";
    public const string HasSubsections = "Plan.Error.HasSubsections";
    public const string SectionGone = "Plan.Error.SectionGone";
    public const string ChangedMeanwhile = "Plan.Error.ChangedMeanwhile";
}
