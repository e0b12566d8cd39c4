using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Partners;

namespace TyollisyysAlue.Application.Partners;

/// <summary>The area's partners, by plan point, then name.</summary>
public sealed class PartnersQuery(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<Partner>> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var partners = await db.Partners.AsNoTracking().ToListAsync(ct);
        return partners.OrderBy(p => p.Section).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }
}
