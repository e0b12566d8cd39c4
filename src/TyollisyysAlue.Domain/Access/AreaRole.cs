namespace TyollisyysAlue.Domain.Access;

/// <summary>What a user may do in one employment area.</summary>
public enum AreaRole
{
    /// <summary>Reads the area's data.</summary>
    Viewer = 1,
    /// <summary>Reads everything, comments and reviews cost splits.</summary>
    CommitteeMember = 2,
    /// <summary>Edits the plan, budgets, services, offices and staffing.</summary>
    Planner = 3,
    /// <summary>Manages membership and the users of the area.</summary>
    Administrator = 4,
}
