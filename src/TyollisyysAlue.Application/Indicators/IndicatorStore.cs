using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>One indicator's values for the area's municipalities around a budget year, for the grid.</summary>
public sealed record IndicatorGrid(Indicator Indicator, IReadOnlyList<(MunicipalityCode Code, string NameFi, string? NameSv)> Municipalities,
    IReadOnlyList<DateOnly> Dates, IReadOnlyDictionary<(MunicipalityCode, DateOnly), IndicatorValue> Values);

/// <summary>The area's indicator values for the grid. Imports: <see cref="Import.IndicatorImports"/> and <see cref="Import.CommitIndicatorImport"/>.</summary>
public sealed class IndicatorStore(IAppDbContextFactory contexts, AreaContext area)
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

    /// <summary>
    /// Sets one value by hand (a correction, a figure not in any file). <paramref name="version"/> is the row version
    /// the editor saw (null for a new value): a value changed meanwhile by someone else is refused, not overwritten.
    /// </summary>
    public async Task<bool> SetValueAsync(string indicatorCode, MunicipalityCode code, DateOnly onDate, decimal value, uint? version,
        string source, CancellationToken ct = default)
    {
        area.DemandEditRights();
        if (value < 0 || decimal.Round(value, 2) != value) throw new ArgumentOutOfRangeException(nameof(value), "Value must be ≥ 0 with at most two decimals.");
        await using var db = await contexts.CreateAsync(ct);
        var row = await db.IndicatorValues.FirstOrDefaultAsync(v => v.IndicatorCode == indicatorCode && v.MunicipalityCode == code && v.OnDate == onDate, ct);
        if (row is null)
        {
            if (version is not null) return false;
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area.AreaId!.Value, indicatorCode, code, onDate, value, source, isDemo: false));
        }
        else
        {
            if (version != row.Version) return false;
            row.Change(value, source);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // saved by someone else at the same moment (concurrency token or unique key)
        }
    }

    /// <summary>Every municipality that has been a member of the area at some time.</summary>
    private static async Task<List<Municipality>> MunicipalitiesAsync(IAppDbContext db, CancellationToken ct)
    {
        var codes = await db.Memberships.AsNoTracking().Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct);
        return await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).OrderBy(m => m.Code).ToListAsync(ct);
    }
}
