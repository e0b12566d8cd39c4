using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>Which right a write needs. Every <see cref="WriteUseCase{TForm,TTheirs}"/> must name one.</summary>
public enum WriteRight
{
    /// <summary>Planner or administrator of the current area: plan, budget, keys, services, offices, staffing, partners.</summary>
    AreaEdit,
    /// <summary>Committee member, planner or administrator of the current area: comments and reviews.</summary>
    AreaReview,
    /// <summary>Administrator of the current area: members, users and roles, API tokens, committee seats.</summary>
    AreaAdmin,
    /// <summary>The system administrator: the national register, national parameters, new areas.</summary>
    SystemAdmin,
    /// <summary>
    /// Anyone, signed in or not: a public form (the accessibility statement's feedback). Such a write may only add what
    /// its sender may not read back; the door in front of it is rate-limited (Web/Security/RateLimits).
    /// </summary>
    Anyone,
}

public static class WriteRights
{
    public static bool Allows(this WriteRight right, IReadOnlyCollection<AreaRole> roles) => right switch
    {
        WriteRight.AreaEdit => AreaPermissions.CanEditContent(roles),
        WriteRight.AreaReview => AreaPermissions.CanReview(roles),
        WriteRight.AreaAdmin => AreaPermissions.CanAdminister(roles),
        _ => false,
    };
}

/// <summary>
/// The user's rights as the database holds them at this moment — never a copy cached in a circuit or a cookie,
/// so that a removed role stops the very next write in every open tab.
/// </summary>
public interface ICurrentRights
{
    /// <summary>Roles of the user in the area now (empty when none or when the account is deactivated).</summary>
    Task<IReadOnlyCollection<AreaRole>> RolesInAreaAsync(Guid userId, Guid areaId, CancellationToken ct);

    /// <summary>Whether the account is an active system administrator now.</summary>
    Task<bool> IsSystemAdministratorAsync(Guid userId, CancellationToken ct);

    /// <summary>Whether the API token exists in the area, is not revoked and has the scope now.</summary>
    Task<bool> TokenAllowsAsync(Guid tokenId, Guid areaId, ApiScope scope, CancellationToken ct);
}
