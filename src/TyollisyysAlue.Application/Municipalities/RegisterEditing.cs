using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>
/// The system administrator keeps the national register: corrections and mergers (with successor). The yearly file: <see cref="ImportRegister"/>.
/// Area administrators cannot: the caller's page and this use case both require the system administrator.
/// </summary>
public sealed class RegisterEditing(IAppDbContextFactory contexts, AreaContext area)
{
    public async Task<IReadOnlyList<Municipality>> SearchAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var all = await db.Municipalities.AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);
        var term = text?.Trim();
        return string.IsNullOrEmpty(term) ? all : all.Where(m => m.Code.Value.Contains(term, StringComparison.Ordinal)
            || m.NameFi.Contains(term, StringComparison.OrdinalIgnoreCase) || (m.NameSv?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)).ToList();
    }

    public async Task CorrectAsync(MunicipalityCode code, string nameFi, string? nameSv, LanguageStatus status, CancellationToken ct = default)
    {
        area.DemandSystemAdministrator();
        await using var db = await contexts.CreateAsync(ct);
        var municipality = await db.Municipalities.FirstAsync(m => m.Code == code, ct);
        municipality.Correct(nameFi, nameSv, status);
        await db.SaveChangesAsync(ct);
    }

    public async Task MergeAsync(MunicipalityCode code, MunicipalityCode successor, DateOnly on, CancellationToken ct = default)
    {
        area.DemandSystemAdministrator();
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.Municipalities.AnyAsync(m => m.Code == successor, ct))
            throw new Domain.Common.DomainException("municipality.unknown-successor", $"No municipality {successor} in the register.");
        var municipality = await db.Municipalities.FirstAsync(m => m.Code == code, ct);
        municipality.MergeInto(successor, on);
        await db.SaveChangesAsync(ct);
    }
}
