using Microsoft.EntityFrameworkCore;

namespace TyollisyysAlue.Application.Common;

/// <summary>Who last changed an entity and when, from the audit log: what a conflict view tells the user.</summary>
public static class LastChange
{
    /// <returns>The sign-in name and id as stored (shown through <see cref="People.IPersonNames"/>) and the time.</returns>
    public static async Task<(string? By, Guid? ById, DateTimeOffset? At)> OfAsync(IAppDbContext db, Guid entityId, CancellationToken ct)
    {
        var key = entityId.ToString();
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.EntityKey == key).OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        return (last?.UserName, last?.UserId, last?.At);
    }
}
