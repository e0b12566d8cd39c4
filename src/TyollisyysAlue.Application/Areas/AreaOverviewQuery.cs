using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Areas;

public sealed record MemberRow(MunicipalityCode Code, string NameFi, string? NameSv, LanguageStatus LanguageStatus,
    DateOnly ValidFrom, DateOnly? ValidTo, string DecisionReference, string? EndReason, bool IsResponsible)
{
    public string NameIn(string language) => TyollisyysAlue.Domain.Common.LocalName.In(language, NameFi, NameSv);
    public bool IsActiveOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
    public Guid MembershipId { get; init; }
    /// <summary>The membership's row version, for ending it with optimistic concurrency.</summary>
    public uint Version { get; init; }
}

public sealed record AreaOverview(EmploymentArea Area, IReadOnlyList<MemberRow> Members, int UserCount)
{
    public IEnumerable<MemberRow> MembersOn(DateOnly day) => Members.Where(m => m.IsActiveOn(day));
    public IEnumerable<MemberRow> FormerOrFutureOn(DateOnly day) => Members.Where(m => !m.IsActiveOn(day));
    public bool IsBilingualOn(DateOnly day) => Members.Any(m => m.IsActiveOn(day)
        && m.LanguageStatus is LanguageStatus.BilingualFinnishMajority or LanguageStatus.BilingualSwedishMajority or LanguageStatus.Swedish);
}

/// <summary>The current area with its whole membership history, for the Overview and Municipalities pages.</summary>
public sealed class AreaOverviewQuery(IAppDbContextFactory contexts, AreaContext areaContext)
{
    public async Task<AreaOverview?> LoadAsync(CancellationToken ct = default)
    {
        if (areaContext.AreaId is not { } areaId) return null;
        await using var db = await contexts.CreateAsync(ct);
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == areaId, ct);
        if (area is null) return null;
        var members = await db.Memberships.AsNoTracking()
            .Join(db.Municipalities, m => m.MunicipalityCode, k => k.Code, (m, k) => new { m, k })
            .ToListAsync(ct);
        var rows = members
            .Select(x => new MemberRow(x.k.Code, x.k.NameFi, x.k.NameSv, x.k.LanguageStatus, x.m.ValidFrom, x.m.ValidTo,
                x.m.DecisionReference, x.m.EndReason, x.k.Code == area.ResponsibleMunicipality)
            {
                MembershipId = x.m.Id, Version = x.m.Version,
            })
            .OrderByDescending(r => r.IsResponsible).ThenBy(r => r.Code)
            .ToList();
        var users = await db.RoleAssignments.Select(r => r.UserId).Distinct().CountAsync(ct);
        return new AreaOverview(area, rows, users);
    }
}
