using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// The series a metric can follow: the indicators the area has values of (a derived one when it has any of its
/// components), each for one member or, where values add up (persons, euros; not a percentage), the area total.
/// </summary>
public sealed record MetricSeriesChoices(IReadOnlyList<Indicator> Indicators, IReadOnlyList<SeriesMember> Members)
{
    /// <summary>An unemployment rate of the area is no sum of its members' rates: a percentage is followed per member.</summary>
    public static bool HasAreaTotal(Indicator indicator) => indicator.Unit != IndicatorUnit.Percent;

    internal static async Task<MetricSeriesChoices> LoadAsync(IAppDbContext db, CancellationToken ct)
    {
        var stored = await db.IndicatorValues.AsNoTracking().Select(v => v.IndicatorCode).Distinct().ToListAsync(ct);
        var indicators = (await db.Indicators.AsNoTracking().ToListAsync(ct))
            .Where(i => i.ParsedFormula is { } f ? f.Terms.Any(stored.Contains) : stored.Contains(i.Code)).ToList();
        var codes = await db.Memberships.AsNoTracking().Select(m => m.MunicipalityCode).Distinct().ToListAsync(ct);
        var members = (await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync(ct))
            .OrderBy(m => m.Code).Select(m => new SeriesMember(m.Code, m.NameFi, m.NameSv)).ToList();
        return new MetricSeriesChoices(indicators, members);
    }

    /// <summary>The form's series is one of these: field errors naming the indicator or the member, or none.</summary>
    internal IReadOnlyList<ValidationFailure> Check(MetricForm form)
    {
        if (string.IsNullOrWhiteSpace(form.SeriesIndicator)) return [];
        if (Indicators.FirstOrDefault(i => i.Code == form.SeriesIndicator) is not { } indicator)
            return [FieldError.Of(nameof(form.SeriesIndicator), "Plan.Validation.SeriesUnknown")];
        if (string.IsNullOrWhiteSpace(form.SeriesMember))
            return HasAreaTotal(indicator) ? [] : [FieldError.Of(nameof(form.SeriesMember), "Plan.Validation.SeriesNeedsMember")];
        return MunicipalityCode.TryParse(form.SeriesMember, out var code) && Members.Any(m => m.Code == code)
            ? [] : [FieldError.Of(nameof(form.SeriesMember), "Plan.Validation.SeriesMemberUnknown")];
    }
}

/// <summary>Reads <see cref="MetricSeriesChoices"/> for the metric editor.</summary>
public sealed class MetricSeriesChoicesQuery(IAppDbContextFactory contexts)
{
    public async Task<MetricSeriesChoices> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await MetricSeriesChoices.LoadAsync(db, ct);
    }
}
