using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Access;

/// <summary>The current area's API tokens, for its administrators: active ones first, newest first.</summary>
public sealed class ApiTokensQuery(IAppDbContextFactory contexts, AreaContext area)
{
    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        return await db.ApiTokens.AsNoTracking().OrderBy(t => t.RevokedAt != null).ThenByDescending(t => t.CreatedAt).ToListAsync(ct);
    }
}
