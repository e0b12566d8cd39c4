using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing;

/// <summary>What a member receives and owes besides its payment to the area, in a year (complete, or absent).</summary>
public sealed record MemberFinancing(MunicipalityCode Code, StateShare StateShare, Money BenefitLiability, LiabilityUse Liability,
    Money Compensation, decimal? WorkingAge, bool IsDemo);

/// <summary>Every member's financing of a year, the national values used and what is missing (by member where it is theirs).</summary>
public sealed record FinancingInputs(IReadOnlyDictionary<MunicipalityCode, MemberFinancing> Members, IReadOnlyList<ParameterUse> Parameters,
    IReadOnlyList<FinancingMissing> Missing);

/// <summary>
/// Gathers the inputs of the net position from stored data: the year's national parameters and per-municipality
/// figures, the member's statistics of the year before (the state-share criteria; values given for a what-if joiner
/// win), Kela's monthly benefit-liability series or the planner's estimate. Names every missing piece.
/// </summary>
public static class MemberFinancingLoader
{
    public static async Task<FinancingInputs> LoadAsync(IAppDbContext db, int year, IReadOnlyCollection<(MunicipalityCode Code, string Name)> members,
        IReadOnlyDictionary<MunicipalityCode, IReadOnlyDictionary<string, decimal>>? givenValues, CancellationToken ct)
    {
        var codes = members.Select(m => m.Code).ToList();
        var parameters = await db.NationalParameters.AsNoTracking().Where(p => p.Year == year).ToListAsync(ct);
        var figures = await db.MunicipalFinancingFigures.AsNoTracking().Where(f => f.Year == year && codes.Contains(f.MunicipalityCode)).ToListAsync(ct);
        var estimates = await db.BenefitLiabilityEstimates.AsNoTracking().Where(e => e.Year == year && codes.Contains(e.MunicipalityCode)).ToListAsync(ct);
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var kela = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == Indicator.BenefitLiability && codes.Contains(v.MunicipalityCode) && v.OnDate >= yearStart && v.OnDate <= yearEnd)
            .ToListAsync(ct);
        var statistics = await StatisticsAsync(db, year, codes, ct);

        var missing = new List<FinancingMissing>();
        var byCode = parameters.ToDictionary(p => p.Code);
        foreach (var definition in NationalParameterCodes.All.Where(d => !byCode.ContainsKey(d.Code)))
            missing.Add(new FinancingMissing(FinancingTexts.ParameterKey(definition.Code), definition.PublisherKey));
        var realisedPercent = byCode.GetValueOrDefault(NationalParameterCodes.TransitionRealisedPercent)?.Value;

        var result = new Dictionary<MunicipalityCode, MemberFinancing>();
        foreach (var (code, name) in members)
        {
            var own = new List<FinancingMissing>();
            var values = givenValues?.GetValueOrDefault(code) ?? statistics.GetValueOrDefault(code) ?? new Dictionary<string, decimal>();
            var criteria = new List<(string, decimal, decimal)>();
            foreach (var criterion in NationalParameterCodes.StateShareCriteria)
            {
                if (!values.TryGetValue(criterion.Indicator!, out var value)) own.Add(new FinancingMissing("Financing.Missing.Indicator." + criterion.Indicator, "Financing.Publisher.Statistics", name));
                else if (byCode.TryGetValue(criterion.Code, out var price)) criteria.Add((criterion.Indicator!, price.Value, value));
            }
            var compensation = figures.FirstOrDefault(f => f.MunicipalityCode == code && f.Kind == FinancingFigureKind.Compensation);
            if (compensation is null) own.Add(new FinancingMissing("Financing.Missing.Compensation", NationalParameterCodes.PublisherTem, name));
            var realised = figures.FirstOrDefault(f => f.MunicipalityCode == code && f.Kind == FinancingFigureKind.RealisedStateShare);
            if (realisedPercent > 0 && realised is null) own.Add(new FinancingMissing("Financing.Missing.Realised", NationalParameterCodes.PublisherTem, name));

            var months = kela.Where(v => v.MunicipalityCode == code).ToList();
            var estimate = estimates.FirstOrDefault(e => e.MunicipalityCode == code);
            LiabilityUse? liability = months.Count > 0 ? new LiabilityUse(LiabilitySource.Kela, months.Count, null, months.Any(v => v.IsDemo))
                : estimate is not null ? new LiabilityUse(LiabilitySource.Estimate, 0, estimate.Basis, false) : null;
            if (liability is null) own.Add(new FinancingMissing("Financing.Missing.Liability", NationalParameterCodes.PublisherKela, name));

            missing.AddRange(own);
            if (own.Count > 0 || realisedPercent is null || criteria.Count < NationalParameterCodes.StateShareCriteria.Count()) continue;
            var share = StateShareCalculator.Calculate(criteria, realisedPercent.Value, realised is null ? null : Money.FromEuros(realised.Amount));
            var owed = liability!.Source == LiabilitySource.Kela
                ? Money.Sum(months.Select(v => FinancingRounding.ToCents(v.Value)))
                : Money.FromEuros(estimate!.Amount);
            result[code] = new MemberFinancing(code, share, owed, liability, Money.FromEuros(compensation!.Amount),
                values.TryGetValue(Indicator.WorkingAge, out var residents) ? residents : null,
                compensation.IsDemo || realised?.IsDemo == true || liability.IsDemo);
        }
        var used = parameters.Select(p => new ParameterUse(p.Code, p.Value, p.Source, p.IsDemo, p.EnteredBy, p.EnteredAt)).OrderBy(p => p.Code).ToList();
        return new FinancingInputs(result, used, missing);
    }

    /// <summary>
    /// The state-share criteria's statistics of each member: the latest point value on or before 31.12 of the year before
    /// (working-age, foreign-language), and broad unemployment as the average of that year's months from its components.
    /// </summary>
    private static async Task<Dictionary<MunicipalityCode, IReadOnlyDictionary<string, decimal>>> StatisticsAsync(IAppDbContext db, int year,
        List<MunicipalityCode> codes, CancellationToken ct)
    {
        var reference = new DateOnly(year - 1, 12, 31);
        var plain = new[] { Indicator.WorkingAge, Indicator.ForeignLanguage };
        var stored = await db.IndicatorValues.AsNoTracking()
            .Where(v => plain.Contains(v.IndicatorCode) && codes.Contains(v.MunicipalityCode) && v.OnDate <= reference)
            .Select(v => new { v.IndicatorCode, v.MunicipalityCode, v.OnDate, v.Value }).ToListAsync(ct);
        var broad = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == Indicator.BroadUnemployment, ct);
        var derived = broad is { IsDerived: true }
            ? await Indicators.DerivedSeries.LoadAsync(db, broad, codes, new DateOnly(year - 1, 1, 1), reference, ct)
            : null;
        var result = new Dictionary<MunicipalityCode, IReadOnlyDictionary<string, decimal>>();
        foreach (var code in codes)
        {
            var values = new Dictionary<string, decimal>();
            foreach (var indicator in plain)
            {
                var latest = stored.Where(v => v.MunicipalityCode == code && v.IndicatorCode == indicator).MaxBy(v => v.OnDate);
                if (latest is not null) values[indicator] = latest.Value;
            }
            if (derived?.GetValueOrDefault(code) is { Values.Count: > 0 } months)
                values[Indicator.BroadUnemployment] = Rounding.Round(months.Values.Average(v => v.Value), 2);
            result[code] = values;
        }
        return result;
    }
}
