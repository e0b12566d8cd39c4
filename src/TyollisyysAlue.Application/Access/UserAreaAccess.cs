using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Access;

/// <summary>One area a user holds roles in, for the area switcher and for authorization.</summary>
public sealed record UserArea(Guid AreaId, string Slug, string NameFi, string? NameSv, IReadOnlyCollection<AreaRole> Roles)
{
    public string NameIn(string language) => TyollisyysAlue.Domain.Common.LocalName.In(language, NameFi, NameSv);
}

/// <summary>Answers "which areas may this user see, and with which roles?".</summary>
public sealed class UserAreaAccess(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<UserArea>> AreasOfAsync(Guid userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        // The user's own assignments are readable across areas (RLS policy "own_role_assignments").
        var rows = await db.RoleAssignments.AcrossAreas("the user's own role assignments, to list their areas")
            .Where(r => r.UserId == userId)
            .Join(db.Areas, r => r.AreaId, a => a.Id, (r, a) => new { a.Id, a.Slug, a.NameFi, a.NameSv, r.Role })
            .ToListAsync(ct);
        return rows.GroupBy(r => new { r.Id, r.Slug, r.NameFi, r.NameSv })
            .Select(g => new UserArea(g.Key.Id, g.Key.Slug, g.Key.NameFi, g.Key.NameSv, g.Select(x => x.Role).Distinct().Order().ToArray()))
            .OrderBy(a => a.NameFi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false))
            .ToList();
    }
}
