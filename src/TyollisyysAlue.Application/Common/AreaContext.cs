using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Common;

/// <summary>
/// Who is working and in which employment area, resolved once per request or Blazor circuit (scoped).
/// The data layer reads it for the EF query filter and for PostgreSQL's per-connection <c>app.area_id</c>.
/// </summary>
public sealed class AreaContext
{
    public Guid? AreaId { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }

    /// <summary>Set when a program works through the HTTP API with a token: writes check the token's scope, not a role.</summary>
    public Guid? ApiTokenId { get; private set; }

    public void SetApiToken(Guid tokenId, string name)
    {
        ApiTokenId = tokenId;
        UserId = null;
        UserName = name;
        IsSystemAdministrator = false;
    }

    public void SetUser(Guid? userId, string? userName, bool isSystemAdministrator = false)
    {
        UserId = userId;
        UserName = userName;
        IsSystemAdministrator = isSystemAdministrator;
    }

    /// <summary>Creates areas and keeps the national register; holds no role inside an area by that.</summary>
    public bool IsSystemAdministrator { get; private set; }

    /// <summary>The user's roles in the current area (empty for system work such as seeding).</summary>
    public IReadOnlyCollection<AreaRole> Roles { get; private set; } = [];

    /// <summary>Work inside one area from now on (after authorization has checked the user's role there).</summary>
    public void EnterArea(Guid areaId, IReadOnlyCollection<AreaRole>? roles = null)
    {
        AreaId = areaId;
        Roles = roles ?? [];
    }

    /// <summary>Leave any area: only national data and the user's own role assignments are visible.</summary>
    public void LeaveArea()
    {
        AreaId = null;
        Roles = [];
    }

    /// <summary>
    /// Queries of the area's administration data (audit log, API tokens) call this. Writes are not checked here but by
    /// the write pipeline, against the roles the database holds at that moment (Common/Writing).
    /// </summary>
    public void DemandAdminRights()
    {
        if (AreaId is null || !AreaPermissions.CanAdminister(Roles))
            throw new UnauthorizedAccessException("This needs the Administrator role in this area.");
    }
}
