using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;

namespace TyollisyysAlue.Application.Memberships;

/// <summary>
/// The workforce check (Act 380/2023 §12) of the current area per budget year: that year's members and their latest
/// labour force or working-age figure on 31.12 of the year before.
/// </summary>
public sealed class WorkforceQuery(IAppDbContextFactory contexts, AreaContext area)
{
    public async Task<IReadOnlyList<WorkforceCheck>> YearsAsync(int firstYear, int lastYear, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        var values = await ValuesAsync(db, ct);
        return Enumerable.Range(firstYear, Math.Max(0, lastYear - firstYear + 1))
            .Select(year => Check(year, memberships.Where(m => m.CountsForBudgetYear(year)), values))
            .ToList();
    }

    /// <summary>The check of the first budget year without the given membership, were it to end on <paramref name="lastDay"/>.</summary>
    public async Task<WorkforceCheck?> WithoutAsync(Guid membershipId, DateOnly lastDay, CancellationToken ct = default)
    {
        if (area.AreaId is null) return null;
        await using var db = await contexts.CreateAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        if (memberships.All(m => m.Id != membershipId)) return null;
        var year = WorkforceBase.FirstYearWithout(lastDay);
        var values = await ValuesAsync(db, ct);
        return Check(year, memberships.Where(m => m.Id != membershipId && m.CountsForBudgetYear(year)), values);
    }

    private static async Task<List<IndicatorValue>> ValuesAsync(IAppDbContext db, CancellationToken ct) =>
        await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == Indicator.LabourForce || v.IndicatorCode == Indicator.WorkingAge)
            .ToListAsync(ct);

    private static WorkforceCheck Check(int year, IEnumerable<Membership> members, List<IndicatorValue> values)
    {
        var reference = new DateOnly(year - 1, 12, 31);
        decimal? Latest(string indicator, Domain.Municipalities.MunicipalityCode code) => values
            .Where(v => v.IndicatorCode == indicator && v.MunicipalityCode == code && v.OnDate <= reference)
            .OrderByDescending(v => v.OnDate).Select(v => (decimal?)v.Value).FirstOrDefault();
        var figures = members.Select(m => m.MunicipalityCode).Distinct()
            .Select(code => new MemberWorkforce(code, Latest(Indicator.LabourForce, code), Latest(Indicator.WorkingAge, code)))
            .ToList();
        return WorkforceBase.Check(year, figures);
    }
}
