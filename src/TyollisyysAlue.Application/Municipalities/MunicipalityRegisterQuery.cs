using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>The national municipality register (global data), for choosing a municipality to join.</summary>
public sealed class MunicipalityRegisterQuery(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<Municipality>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Municipalities.AsNoTracking().OrderBy(m => m.NameFi).ToListAsync(ct);
    }
}
