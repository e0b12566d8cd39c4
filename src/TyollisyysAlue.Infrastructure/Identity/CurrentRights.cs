using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>Reads the user's rights from the database at the moment of a write (never from the circuit or cookie).</summary>
public sealed class CurrentRights(IDbContextFactory<AppDbContext> contexts) : ICurrentRights
{
    public async Task<IReadOnlyCollection<AreaRole>> RolesInAreaAsync(Guid userId, Guid areaId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, ct)) return [];
        // The user's own assignments are readable in every area (RLS policy own_role_assignments).
        return await db.RoleAssignments.AcrossAreas("the writer's own current roles").AsNoTracking()
            .Where(r => r.UserId == userId && r.AreaId == areaId).Select(r => r.Role).Distinct().ToListAsync(ct);
    }

    public async Task<bool> IsSystemAdministratorAsync(Guid userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(u => u.Id == userId && u.IsActive && u.IsSystemAdministrator, ct);
    }

    public async Task<bool> TokenAllowsAsync(Guid tokenId, Guid areaId, ApiScope scope, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tokenId && t.AreaId == areaId, ct);
        return token?.Allows(scope) ?? false;
    }
}
