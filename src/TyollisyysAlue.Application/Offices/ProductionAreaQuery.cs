using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>The production areas with their units, the shares computed from them, and the municipalities a unit may name.</summary>
public sealed record ProductionView(IReadOnlyList<ProductionArea> Areas, IReadOnlyList<ProductionAreaUnit> Units,
    IReadOnlyList<GroupShare> Shares, IReadOnlyList<AreaMember> Members)
{
    public int Total => Shares.Sum(s => s.Jobseekers);
}

/// <summary>Reads the production areas and their units, ordered as Table 1 (by number, units by name).</summary>
public static class ProductionAreaQuery
{
    public static async Task<ProductionView> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var areas = await db.ProductionAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);
        var units = await db.ProductionAreaUnits.AsNoTracking().ToListAsync(ct);
        var members = await AreaMembers.EverAsync(db, ct);
        string Label(ProductionAreaUnit u) => u.District ?? members.FirstOrDefault(m => m.Code == u.MunicipalityCode)?.NameFi ?? u.MunicipalityCode.Value;
        var ordered = areas.SelectMany(a => units.Where(u => u.ProductionAreaId == a.Id).OrderBy(u => Label(u), StringComparer.Ordinal)).ToList();
        var shares = ProductionShares.Compute(areas.Select(a => new GroupCounts(a.Name, a.StaffLow, a.StaffHigh,
            ordered.Where(u => u.ProductionAreaId == a.Id).Select(u => new UnitCount(Label(u), u.Jobseekers, u.MunicipalityCode.Value, u.District is not null)).ToList())).ToList());
        return new ProductionView(areas, ordered, shares, members);
    }

    /// <summary>
    /// A unit's municipality must belong to the area on the counting day, or join it later: counts taken while the area
    /// was being prepared (Kuopio's 22.11.2024, before the start on 1.1.2025) count for the members that joined.
    /// </summary>
    public static bool MemberForCount(IEnumerable<Membership> memberships, MunicipalityCode code, DateOnly countedOn) =>
        memberships.Any(m => m.MunicipalityCode == code && (m.IsActiveOn(countedOn) || m.ValidFrom > countedOn));
}
