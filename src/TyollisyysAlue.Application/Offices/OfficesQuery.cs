using TyollisyysAlue.Domain.Common;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>The area's service points and the coverage of its members on a day; bilingual when the responsible or a current member is.</summary>
public sealed record OfficesView(IReadOnlyList<ServicePoint> Points, IReadOnlyList<AreaMember> Members, IReadOnlyList<MunicipalityCoverage> Coverage,
    IReadOnlyList<AreaMember> Eligible, bool Bilingual = false)
{
    public AreaMember? Member(MunicipalityCode code) => Members.FirstOrDefault(m => m.Code == code);
}

/// <summary>The area's offices, the coverage of its members, and the members an office may be added in (current or future ones).</summary>
public sealed class OfficesQuery(IAppDbContextFactory contexts, AreaContext area, TimeProvider clock)
{
    public async Task<OfficesView> LoadAsync(DateOnly membersOn, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var points = await db.ServicePoints.AsNoTracking().ToListAsync(ct);
        points = points.OrderBy(p => p.MunicipalityCode).ThenBy(p => p.Type).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        // The membership history once: members on the day, every member ever (for names) and those still to come.
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        var everMembers = await AreaMembers.NamedAsync(db, memberships.Select(m => m.MunicipalityCode), ct);
        var members = everMembers.Where(m => memberships.Any(x => x.MunicipalityCode == m.Code && x.IsActiveOn(membersOn))).ToList();
        var coverage = Domain.Offices.Coverage.Of(members.Select(m => m.Code),
            points.Select(p => new PointPresence(p.MunicipalityCode, p.Type, p.District, p.WalkIn)));
        var today = HelsinkiTime.Today(clock);
        var eligible = memberships.Where(m => m.ValidTo is null || m.ValidTo >= today).Select(m => m.MunicipalityCode).ToHashSet();
        var current = everMembers.Where(m => eligible.Contains(m.Code)).ToList();
        return new OfficesView(points, everMembers, coverage, current, await AreaMembers.IsBilingualAsync(db, area.AreaId, current, ct));
    }
}
