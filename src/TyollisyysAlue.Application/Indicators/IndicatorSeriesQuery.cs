using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators;

public sealed record SeriesMember(MunicipalityCode Code, string NameFi, string? NameSv)
{
    public string NameIn(string language) => LocalName.In(language, NameFi, NameSv);
}

/// <summary>
/// One indicator of the area's members over a span of years: a value per member and period (stored, or computed for
/// a derived indicator), and the area total of each period where every member has a value (never for percentages).
/// </summary>
public sealed record IndicatorSeries(Indicator Indicator, int FromYear, int ToYear, IReadOnlyList<SeriesMember> Members, IReadOnlyList<DateOnly> Dates,
    IReadOnlyDictionary<(MunicipalityCode, DateOnly), decimal> Values, bool UsesDemoData)
{
    /// <summary>Persons and euros add up over members; a percentage does not.</summary>
    public bool HasTotal => Indicator.Unit != IndicatorUnit.Percent;

    public decimal? Value(MunicipalityCode member, DateOnly date) => Values.TryGetValue((member, date), out var v) ? v : null;

    /// <summary>The area's total of a period; null when a member lacks a value (an incomplete sum is no total).</summary>
    public decimal? Total(DateOnly date) =>
        HasTotal && Members.All(m => Values.ContainsKey((m.Code, date))) ? Members.Sum(m => Values[(m.Code, date)]) : null;

    /// <summary>Monthly series are shown as months, others as dates.</summary>
    public bool IsMonthly => Dates.Count > 0 && Dates.All(d => d.Day == 1);
}

/// <summary>Reads <see cref="IndicatorSeries"/> for the indicators-over-time view and its exports.</summary>
public sealed class IndicatorSeriesQuery(IAppDbContextFactory contexts)
{
    /// <summary>The longest span of years one view or export shows.</summary>
    public const int MaxSpanYears = 30;

    /// <summary>A span the view and the exports accept: both years plausible by the clock, at most <see cref="MaxSpanYears"/> apart.</summary>
    public static bool IsPlausibleSpan(int fromYear, int toYear, TimeProvider clock) =>
        BudgetYears.IsPlausible(fromYear, clock) && BudgetYears.IsPlausible(toYear, clock) && Math.Abs(toYear - fromYear) <= MaxSpanYears;

    public async Task<IndicatorSeries?> LoadAsync(string indicatorCode, int fromYear, int toYear, CancellationToken ct = default)
    {
        if (toYear < fromYear) (fromYear, toYear) = (toYear, fromYear);
        var from = new DateOnly(fromYear, 1, 1);
        var to = new DateOnly(toYear, 12, 31);
        await using var db = await contexts.CreateAsync(ct);
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == indicatorCode, ct);
        if (indicator is null) return null;
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.ValidFrom <= to && (m.ValidTo == null || m.ValidTo >= from))
            .Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct);
        var members = (await db.Municipalities.AsNoTracking().Where(m => memberships.Contains(m.Code)).ToListAsync(ct))
            .OrderBy(m => m.Code).Select(m => new SeriesMember(m.Code, m.NameFi, m.NameSv)).ToList();
        var codes = members.Select(m => m.Code).ToList();

        Dictionary<(MunicipalityCode, DateOnly), decimal> values;
        bool demo;
        if (indicator.IsDerived)
        {
            var derived = await DerivedSeries.LoadAsync(db, indicator, codes, from, to, ct);
            values = derived.Values.SelectMany(m => m.Values.Select(v => (Key: (m.Code, v.Date), v.Value))).ToDictionary(x => x.Key, x => x.Value);
            demo = derived.Values.Any(m => m.UsesDemoData);
        }
        else
        {
            var stored = await db.IndicatorValues.AsNoTracking()
                .Where(v => v.IndicatorCode == indicatorCode && codes.Contains(v.MunicipalityCode) && v.OnDate >= from && v.OnDate <= to)
                .Select(v => new { v.MunicipalityCode, v.OnDate, v.Value, v.IsDemo }).ToListAsync(ct);
            values = stored.ToDictionary(v => (v.MunicipalityCode, v.OnDate), v => v.Value);
            demo = stored.Any(v => v.IsDemo);
        }
        return new IndicatorSeries(indicator, fromYear, toYear, members, values.Keys.Select(k => k.Item2).Distinct().Order().ToList(), values, demo);
    }
}
