namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// One open (draft or submitted) version per language at a time. The page asks this before the planner fills in the
/// new-version form (issue 12.10: the refusal used to come only after Save).
/// </summary>
public static class NewVersionRule
{
    /// <summary>The languages a plan version is written in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv"];

    public static bool IsOpen(PlanVersion version) => version.Status is PlanStatus.Draft or PlanStatus.Submitted;

    /// <summary>The languages without an open version: a new version may start in these (as the use case decides).</summary>
    public static IReadOnlyList<string> FreeLanguages(IReadOnlyCollection<PlanVersion> versions) =>
        Languages.Where(language => !versions.Any(v => v.Language == language && IsOpen(v))).ToList();

    /// <summary>
    /// Whether "new version" is offered: some language the area writes in (Finnish, and any language it has a version
    /// in) has no open version. A Finnish-only area with a draft open is told why instead of filling in a form in vain.
    /// </summary>
    public static bool CanStart(IReadOnlyCollection<PlanVersion> versions) =>
        versions.Select(v => v.Language).Prepend("fi").Distinct().Intersect(FreeLanguages(versions)).Any();

    /// <summary>The open versions that keep a new one from starting (for the reason beside the disabled button).</summary>
    public static IReadOnlyList<PlanVersion> Blocking(IReadOnlyCollection<PlanVersion> versions) => versions.Where(IsOpen).ToList();
}
