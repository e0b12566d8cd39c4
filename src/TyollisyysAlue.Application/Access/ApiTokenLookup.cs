using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Access;

/// <summary>The area and name a valid token speaks for, and what it may do.</summary>
public sealed record ApiTokenIdentity(Guid TokenId, Guid AreaId, string Name, ApiScope Scopes = ApiScope.Read);

/// <summary>
/// Finds the live token behind a bearer token. It enters the area named in the token and looks the hash up there,
/// so row-level security applies to the lookup too: a token can only ever be found in its own area.
/// </summary>
public sealed class ApiTokenLookup(IAppDbContextFactory contexts, AreaContext area, TimeProvider clock)
{
    /// <summary>How often "last used" is written; more often would be a write per request for nothing.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Null for a malformed, unknown or revoked token. Leaves the request outside any area either way.</summary>
    public async Task<ApiTokenIdentity?> FindAsync(string token, CancellationToken ct = default)
    {
        if (!ApiTokenSecret.TryReadArea(token, out var areaId)) return null;
        var hash = ApiTokenSecret.Hash(token);
        area.EnterArea(areaId);
        try
        {
            await using var db = await contexts.CreateAsync(ct);
            var found = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, ct);
            if (found is null || found.IsRevoked) return null;
            var now = clock.GetUtcNow();
            // Not through the change tracker: a use is not a change to audit.
            await db.ApiTokens.Where(t => t.Id == found.Id && (t.LastUsedAt == null || t.LastUsedAt < now - LastUsedResolution))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
            return new ApiTokenIdentity(found.Id, found.AreaId, found.Name, found.Scopes);
        }
        finally
        {
            area.LeaveArea();
        }
    }
}
