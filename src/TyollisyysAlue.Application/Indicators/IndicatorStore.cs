using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>One indicator's values for the area's municipalities around a budget year, for the grid.</summary>
public sealed record IndicatorGrid(Indicator Indicator, IReadOnlyList<(MunicipalityCode Code, string NameFi, string? NameSv)> Municipalities,
    IReadOnlyList<DateOnly> Dates, IReadOnlyDictionary<(MunicipalityCode, DateOnly), IndicatorValue> Values);

/// <summary>The area's indicator values for the grid. Imports: <see cref="Import.IndicatorImports"/> and <see cref="Import.CommitIndicatorImport"/>; a value by hand: <see cref="SetIndicatorValue"/>.</summary>
public sealed class IndicatorStore(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<Indicator>> IndicatorsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct);
    }

    /// <summary>Values dated in the budget year or the year before (where its references point).</summary>
    public async Task<IndicatorGrid?> GridAsync(string indicatorCode, int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == indicatorCode, ct);
        if (indicator is null) return null;
        var municipalities = await MunicipalitiesAsync(db, ct);
        var from = new DateOnly(year - 1, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == indicatorCode && v.OnDate >= from && v.OnDate <= to).ToListAsync(ct);
        return new IndicatorGrid(indicator, municipalities.Select(m => (m.Code, m.NameFi, m.NameSv)).ToList(),
            values.Select(v => v.OnDate).Distinct().Order().ToList(),
            values.ToDictionary(v => (v.MunicipalityCode, v.OnDate)));
    }

    /// <summary>Every municipality that has been a member of the area at some time.</summary>
    private static async Task<List<Municipality>> MunicipalitiesAsync(IAppDbContext db, CancellationToken ct)
    {
        var codes = await db.Memberships.AsNoTracking().Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct);
        return await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).OrderBy(m => m.Code).ToListAsync(ct);
    }
}
