using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>The area always keeps an administrator.</summary>
internal static class AdministratorLock
{
    public const string LastAdministrator = "Users.LastAdministrator";

    /// <summary>
    /// Removals in one area take turns (a transaction-scoped advisory lock on the area, held until the pipeline commits):
    /// two administrators taking each other's role at the same moment would otherwise both see "another administrator remains".
    /// </summary>
    public static async Task TakeAsync(IAppDbContext db, Guid areaId, CancellationToken ct)
    {
        await db.Database.BeginTransactionAsync(ct);
        await db.LockAsync(areaId, "administrators", ct);
    }

    public static async Task<bool> IsLastAsync(IAppDbContext db, Guid userId, CancellationToken ct) =>
        !await db.RoleAssignments.AnyAsync(r => r.Role == AreaRole.Administrator && r.UserId != userId, ct);
}
