using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Identity;

public sealed record AreaUser(Guid UserId, string DisplayName, string Email, bool IsActive, IReadOnlyList<AreaRole> Roles)
{
    /// <summary>Invited but the link not used yet (no password, e-mail unconfirmed).</summary>
    public bool IsInvited { get; init; }
}

/// <summary>The users who hold a role in the current area (the role assignments are area-filtered).</summary>
public sealed class AreaUsersQuery(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<AreaUser>> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.RoleAssignments
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { u.Id, u.DisplayName, u.Email, u.IsActive, u.EmailConfirmed, r.Role })
            .ToListAsync(ct);
        return rows.GroupBy(r => new { r.Id, r.DisplayName, r.Email, r.IsActive, r.EmailConfirmed })
            .Select(g => new AreaUser(g.Key.Id, g.Key.DisplayName, g.Key.Email ?? "", g.Key.IsActive, g.Select(x => x.Role).Order().ToList())
            {
                IsInvited = !g.Key.EmailConfirmed && !g.Key.IsActive,
            })
            .OrderBy(u => u.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false))
            .ToList();
    }
}
