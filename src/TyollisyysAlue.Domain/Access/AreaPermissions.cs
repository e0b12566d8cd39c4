namespace TyollisyysAlue.Domain.Access;

/// <summary>The one place that says which area roles may do what.</summary>
public static class AreaPermissions
{
    /// <summary>Every role reads the area's data.</summary>
    public static bool CanRead(IReadOnlyCollection<AreaRole> roles) => roles.Count > 0;

    /// <summary>Planners edit plan, budgets, services, offices and staffing; administrators may too.</summary>
    public static bool CanEditContent(IReadOnlyCollection<AreaRole> roles) =>
        roles.Contains(AreaRole.Planner) || roles.Contains(AreaRole.Administrator);

    /// <summary>Committee members comment and review splits; planners and administrators take part too.</summary>
    public static bool CanReview(IReadOnlyCollection<AreaRole> roles) =>
        roles.Contains(AreaRole.CommitteeMember) || CanEditContent(roles);

    public static bool CanAdminister(IReadOnlyCollection<AreaRole> roles) => roles.Contains(AreaRole.Administrator);
}
