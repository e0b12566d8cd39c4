using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>The national municipality register (global data), for choosing a municipality and for its keeper's search.</summary>
public sealed class MunicipalityRegisterQuery(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<Municipality>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Municipalities.AsNoTracking().OrderBy(m => m.NameFi).ToListAsync(ct);
    }

    /// <summary>By code or name (Finnish or Swedish), in code order; everything when the text is empty.</summary>
    public async Task<IReadOnlyList<Municipality>> SearchAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var all = await db.Municipalities.AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);
        var term = text?.Trim();
        return string.IsNullOrEmpty(term) ? all : all.Where(m => m.Code.Value.Contains(term, StringComparison.Ordinal)
            || m.NameFi.Contains(term, StringComparison.OrdinalIgnoreCase) || (m.NameSv?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)).ToList();
    }
}
