using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Offices;

/// <summary>A member municipality with its names.</summary>
public sealed record AreaMember(MunicipalityCode Code, string NameFi, string? NameSv, bool IsBilingual = false)
{
    public string NameIn(string language) => TyollisyysAlue.Domain.Common.LocalName.In(language, NameFi, NameSv);
}

/// <summary>The members of the current area on a day (the membership history decides).</summary>
public static class AreaMembers
{
    public static async Task<IReadOnlyList<AreaMember>> OnAsync(IAppDbContext db, DateOnly day, CancellationToken ct)
    {
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        var codes = memberships.Where(m => m.IsActiveOn(day)).Select(m => m.MunicipalityCode).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync(ct);
        return names.OrderBy(m => m.Code).Select(m => new AreaMember(m.Code, m.NameFi, m.NameSv, m.IsBilingual)).ToList();
    }

    /// <summary>The area is bilingual when its responsible municipality or any of the given members is (fi/sv services).</summary>
    public static async Task<bool> IsBilingualAsync(IAppDbContext db, Guid? areaId, IEnumerable<AreaMember> members, CancellationToken ct)
    {
        if (members.Any(m => m.IsBilingual)) return true;
        var responsible = await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => a.ResponsibleMunicipality).ToListAsync(ct);
        return await db.Municipalities.AsNoTracking().AnyAsync(m => responsible.Contains(m.Code) &&
            (m.LanguageStatus == LanguageStatus.BilingualFinnishMajority || m.LanguageStatus == LanguageStatus.BilingualSwedishMajority), ct);
    }

    /// <summary>Every municipality that has ever been a member, for names of rows kept from earlier years.</summary>
    public static async Task<IReadOnlyList<AreaMember>> EverAsync(IAppDbContext db, CancellationToken ct)
    {
        var codes = await db.Memberships.AsNoTracking().Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct);
        var names = await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync(ct);
        return names.OrderBy(m => m.Code).Select(m => new AreaMember(m.Code, m.NameFi, m.NameSv, m.IsBilingual)).ToList();
    }
}
