using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Auditing;

/// <summary>
/// One recorded change: who changed which entity, when, and the values before and after (JSON).
/// Append-only: the runtime database role may insert and read but never update or delete.
/// </summary>
public class AuditEntry : IAreaOwned
{
    public AuditEntry(Guid areaId, Guid? userId, string? userName, DateTimeOffset at, string entityType, string entityKey,
        AuditAction action, string? before, string? after)
    {
        AreaId = areaId;
        UserId = userId;
        UserName = userName;
        At = at;
        EntityType = entityType;
        EntityKey = entityKey;
        Action = action;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }
    /// <summary>The area whose data changed; <see cref="Guid.Empty"/> for changes to national data.</summary>
    public Guid AreaId { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string EntityType { get; private set; }
    public string EntityKey { get; private set; }
    public AuditAction Action { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
}

public enum AuditAction
{
    Added = 1,
    Modified = 2,
    Deleted = 3,
}
