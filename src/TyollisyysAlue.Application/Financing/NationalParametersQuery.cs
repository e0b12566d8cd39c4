using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Financing;

namespace TyollisyysAlue.Application.Financing;

/// <summary>A year's national parameters: what is entered (with source and who), the steps, and what is missing.</summary>
public sealed record NationalParameterYear(int Year, IReadOnlyList<NationalParameter> Parameters, IReadOnlyList<BenefitLiabilityStep> Steps,
    int CompensationCount, int RealisedCount, IReadOnlyList<FinancingMissing> Missing)
{
    public bool UsesDemo => Parameters.Any(p => p.IsDemo) || Steps.Any(s => s.IsDemo);
}

/// <summary>Reads the global national parameters (no area needed: they are the same for every area).</summary>
public sealed class NationalParametersQuery(IAppDbContextFactory contexts)
{
    public async Task<NationalParameterYear> ForYearAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var parameters = await db.NationalParameters.AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.Code).ToListAsync(ct);
        var steps = await db.BenefitLiabilitySteps.AsNoTracking().Where(s => s.Year == year).OrderBy(s => s.FromDay).ToListAsync(ct);
        var compensations = await db.MunicipalFinancingFigures.CountAsync(f => f.Year == year && f.Kind == FinancingFigureKind.Compensation, ct);
        var realised = await db.MunicipalFinancingFigures.CountAsync(f => f.Year == year && f.Kind == FinancingFigureKind.RealisedStateShare, ct);
        var missing = NationalParameterCodes.All.Where(d => parameters.All(p => p.Code != d.Code))
            .Select(d => new FinancingMissing(FinancingTexts.ParameterKey(d.Code), d.PublisherKey)).ToList();
        if (steps.Count == 0) missing.Add(new FinancingMissing("Financing.Missing.Steps", NationalParameterCodes.PublisherStatute));
        if (compensations == 0) missing.Add(new FinancingMissing("Financing.Missing.Compensation", NationalParameterCodes.PublisherTem));
        return new NationalParameterYear(year, parameters, steps, compensations, realised, missing);
    }

    /// <summary>A municipality's stored figure of a kind for the year, so the form edits it (with its version) rather
    /// than colliding with it as if it were new.</summary>
    public async Task<MunicipalFinancingFigure?> FigureAsync(int year, FinancingFigureKind kind, string municipalityCode, CancellationToken ct = default)
    {
        if (!Domain.Municipalities.MunicipalityCode.TryParse(municipalityCode, out var code)) return null;
        await using var db = await contexts.CreateAsync(ct);
        return await db.MunicipalFinancingFigures.AsNoTracking().FirstOrDefaultAsync(f => f.Year == year && f.Kind == kind && f.MunicipalityCode == code, ct);
    }

    /// <summary>The years any national parameter is recorded for.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.NationalParameters.Select(p => p.Year).Union(db.BenefitLiabilitySteps.Select(s => s.Year)).Distinct().OrderBy(y => y).ToListAsync(ct);
    }
}
