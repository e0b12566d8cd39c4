using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Access;

/// <summary>A user's role in one employment area. A user may hold several roles in several areas.</summary>
public class AreaRoleAssignment : IAreaOwned
{
    public AreaRoleAssignment(Guid id, Guid areaId, Guid userId, AreaRole role)
    {
        Id = id;
        AreaId = areaId;
        UserId = userId;
        Role = role;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid UserId { get; private set; }
    public AreaRole Role { get; private set; }
}
