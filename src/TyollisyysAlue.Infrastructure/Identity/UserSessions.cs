using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// A new security stamp makes every cookie issued before it invalid (the cookie is checked against the stamp on every
/// request, see the Web project's SessionValidation); the signal closes the user's live circuits.
/// </summary>
public sealed class UserSessions(IDbContextFactory<AppDbContext> contexts, SessionRevocations revocations) : IUserSessions
{
    public async Task EndAsync(Guid userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.SecurityStamp, stamp)
            .SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString()), ct);
        revocations.Raise(userId);
    }
}
