namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// One open (draft or submitted) version per language at a time. The page asks this before the planner fills in the
/// new-version form (issue 12.10: the refusal used to come only after Save).
/// </summary>
public static class NewVersionRule
{
    public static bool IsOpen(PlanVersion version) => version.Status is PlanStatus.Draft or PlanStatus.Submitted;

    /// <summary>
    /// The languages a new version may start in: Finnish and every language the area has written a version in, less
    /// those with an open version. Empty when every such language has one.
    /// </summary>
    public static IReadOnlyList<string> FreeLanguages(IReadOnlyCollection<PlanVersion> versions) =>
        versions.Select(v => v.Language).Prepend("fi").Distinct()
            .Where(language => !versions.Any(v => v.Language == language && IsOpen(v))).ToList();

    /// <summary>The open versions that keep a new one from starting (for the reason beside the disabled button).</summary>
    public static IReadOnlyList<PlanVersion> Blocking(IReadOnlyCollection<PlanVersion> versions) => versions.Where(IsOpen).ToList();
}
