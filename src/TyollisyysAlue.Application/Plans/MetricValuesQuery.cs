using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// A linked metric's values over time (of its member, or the area total) against its baseline and target, with the
/// source of the latest value (the stored values' own source when they share one, else the indicator's).
/// </summary>
public sealed record MetricValues(PlanMetric Metric, Indicator Indicator, SeriesMember? Member, MetricProgress Progress,
    bool IsMonthly, string LatestSource, bool LatestIsDemo)
{
    /// <summary>A figure of the series, Finnish style: persons and euros as numbers, a percentage with its sign.</summary>
    public string Figure(decimal figure) => Indicator.Unit == IndicatorUnit.Percent ? Formats.Figure(figure, 1) + " %" : Formats.Figure(figure);

    /// <summary>A period of the series: "6/2025" for a month, "31.12.2024" for a date.</summary>
    public string Period(DateOnly period) => Formats.Period(period, IsMonthly);
}

/// <summary>Reads <see cref="MetricValues"/> for the goals tab, the checklist, the overview and the plan's live table.</summary>
public sealed class MetricValuesQuery(IAppDbContextFactory contexts, IndicatorSeriesQuery series, TimeProvider clock)
{
    /// <param name="asOf">Only periods ended by this day (an approved version's date); null: today in Finland.</param>
    public async Task<IReadOnlyList<MetricValues>> LoadAsync(IEnumerable<PlanMetric> metrics, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var loaded = new List<MetricValues>();
        foreach (var metric in metrics.Where(m => m.IsLinked))
            if (await LoadAsync(metric, asOf, ct) is { } values) loaded.Add(values);
        return loaded;
    }

    public async Task<MetricValues?> LoadAsync(PlanMetric metric, DateOnly? asOf = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.SeriesIndicatorCode is not { } code) return null;
        var today = HelsinkiTime.Today(clock);
        var day = asOf ?? today;
        await using var db = await contexts.CreateAsync(ct);
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null) return null;
        var stored = indicator.ParsedFormula?.Terms.ToList() ?? [code];
        var first = await db.IndicatorValues.AsNoTracking().Where(v => stored.Contains(v.IndicatorCode)).MinAsync(v => (DateOnly?)v.OnDate, ct);
        // Read through this year, so that the members are the area's (a plan approved before the area started still
        // shows its members' figures); periods after the day asked for are left out below.
        var fromYear = Math.Max(first?.Year ?? today.Year, today.Year - IndicatorSeriesQuery.MaxSpanYears);
        var loaded = first is null ? null : await series.LoadAsync(code, fromYear, today.Year, ct);
        var member = loaded?.Members.FirstOrDefault(m => m.Code == metric.SeriesMunicipality);
        var points = loaded is null ? [] : loaded.Dates
            .Select(d => (Date: d, Value: metric.SeriesMunicipality is { } c ? loaded.Value(c, d) : loaded.Total(d)))
            .Where(p => p.Value is not null).Select(p => new MetricPoint(p.Date, p.Value!.Value));
        var monthly = loaded?.IsMonthly ?? false;
        var progress = new MetricProgress(MetricProgress.EndedBy(points, day, monthly), metric.BaselineValue, metric.TargetValue);
        var (source, demo) = await LatestSourceAsync(db, indicator, metric, progress.Latest, loaded?.UsesDemoData ?? false, ct);
        return new MetricValues(metric, indicator, member, progress, monthly, source, demo);
    }

    /// <summary>Where the latest figure comes from: its stored values' source when they have one, else the indicator's.</summary>
    private static async Task<(string Source, bool IsDemo)> LatestSourceAsync(IAppDbContext db, Indicator indicator, PlanMetric metric,
        MetricPoint? latest, bool seriesIsDemo, CancellationToken ct)
    {
        if (latest is not { } point || indicator.IsDerived) return (indicator.Source, seriesIsDemo);
        var query = db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorCode == indicator.Code && v.OnDate == point.Period);
        if (metric.SeriesMunicipality is { } member) query = query.Where(v => v.MunicipalityCode == member);
        var values = await query.Select(v => new { v.Source, v.IsDemo }).ToListAsync(ct);
        var sources = values.Select(v => v.Source).Distinct().ToList();
        return (sources.Count == 1 ? sources[0] : indicator.Source, values.Any(v => v.IsDemo));
    }
}
