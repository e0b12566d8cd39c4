using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Offices;

/// <summary>A member municipality with its names.</summary>
public sealed record AreaMember(MunicipalityCode Code, string NameFi, string? NameSv, bool IsBilingual = false)
{
    public string NameIn(string language) => TyollisyysAlue.Domain.Common.LocalName.In(language, NameFi, NameSv);
}

/// <summary>Members of the current area with their names (the membership history decides who).</summary>
public static class AreaMembers
{
    /// <summary>The area is bilingual when its responsible municipality or any of the given members is (fi/sv services).</summary>
    public static async Task<bool> IsBilingualAsync(IAppDbContext db, Guid? areaId, IEnumerable<AreaMember> members, CancellationToken ct)
    {
        if (members.Any(m => m.IsBilingual)) return true;
        var responsible = await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => a.ResponsibleMunicipality).ToListAsync(ct);
        return await db.Municipalities.AsNoTracking().AnyAsync(m => responsible.Contains(m.Code) &&
            (m.LanguageStatus == LanguageStatus.BilingualFinnishMajority || m.LanguageStatus == LanguageStatus.BilingualSwedishMajority), ct);
    }

    /// <summary>Every municipality that has ever been a member, for names of rows kept from earlier years.</summary>
    public static async Task<IReadOnlyList<AreaMember>> EverAsync(IAppDbContext db, CancellationToken ct) =>
        await NamedAsync(db, await db.Memberships.AsNoTracking().Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct), ct);

    /// <summary>The given municipalities with their names, in code order.</summary>
    public static async Task<IReadOnlyList<AreaMember>> NamedAsync(IAppDbContext db, IEnumerable<MunicipalityCode> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => wanted.Contains(m.Code)).ToListAsync(ct);
        return names.OrderBy(m => m.Code).Select(m => new AreaMember(m.Code, m.NameFi, m.NameSv, m.IsBilingual)).ToList();
    }
}
