using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// Demo financing so the net-position and what-if views show something (Development only). Every invented figure is
/// flagged demo and its source says so; the transition mix is the Vaasa seed's. The benefit-liability step
/// percentages of Act 555/1998 were not in our sources: the demo steps are invented and flagged, the system
/// administrator enters the statute's. Porvoo's members get demo Kela months (Pukkila a planner's estimate instead)
/// and demo monthly unemployed-jobseeker figures, from which broad unemployment is derived.
/// </summary>
public static class DemoFinancing
{
    private const string DemoSource = "DEMO – keksitty luku, ei virallinen";
    private const string VaasaSeed = "Vaasan työllisyysalueen järjestämissuunnitelma: siirtymäkauden rahoitus (toteutunut/laskennallinen)";
    private static readonly (int YearsAfter, decimal RealisedPercent)[] Transition = [(0, 50m), (1, 25m), (2, 0m)];

    public static async Task SeedAsync(IDbContextFactory<AppDbContext> contexts, AreaContext area, CancellationToken ct)
    {
        var year = DemoBudgets.Year;
        var at = new DateTimeOffset(year - 1, 12, 1, 8, 0, 0, TimeSpan.Zero);
        area.SetUser(null, "demo-data");
        area.EnterArea(DemoAreas.Porvoo);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.NationalParameters.AnyAsync(ct)) return;

        NationalParameter Parameter(int y, string code, decimal value, string source, bool demo) => new(Guid.NewGuid(), y, code, value, source, demo, "demo-data", at);
        db.NationalParameters.AddRange(
            Parameter(year, NationalParameterCodes.UnitWorkingAge, 40.00m, DemoSource, true),
            Parameter(year, NationalParameterCodes.UnitBroadUnemployment, 900.00m, DemoSource, true),
            Parameter(year, NationalParameterCodes.UnitForeignLanguage, 150.00m, DemoSource, true));
        db.NationalParameters.AddRange(Transition.Select(t => Parameter(year + t.YearsAfter, NationalParameterCodes.TransitionRealisedPercent, t.RealisedPercent, VaasaSeed, false)));
        db.BenefitLiabilitySteps.AddRange(
            new BenefitLiabilityStep(Guid.NewGuid(), year, 101, 200, 10m, DemoSource, true, "demo-data", at),
            new BenefitLiabilityStep(Guid.NewGuid(), year, 201, 300, 20m, DemoSource, true, "demo-data", at),
            new BenefitLiabilityStep(Guid.NewGuid(), year, 301, null, 30m, DemoSource, true, "demo-data", at));

        var members = (await db.Memberships.AsNoTracking().ToListAsync(ct)).Where(m => m.CountsForBudgetYear(year)).Select(m => m.MunicipalityCode).Distinct().ToList();
        var workingAge = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == Indicator.WorkingAge && v.OnDate == new DateOnly(year - 1, 12, 31) && members.Contains(v.MunicipalityCode))
            .ToDictionaryAsync(v => v.MunicipalityCode, v => v.Value, ct);
        var unemployed = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == Indicator.Unemployed && v.OnDate.Year == year - 1 && members.Contains(v.MunicipalityCode)).ToListAsync(ct);
        foreach (var code in members.Where(workingAge.ContainsKey))
        {
            var residents = workingAge[code];
            db.MunicipalFinancingFigures.Add(new MunicipalFinancingFigure(Guid.NewGuid(), year, code, FinancingFigureKind.Compensation,
                decimal.Round(residents * 9.87m, 2), DemoSource, true, "demo-data", at));
            db.MunicipalFinancingFigures.Add(new MunicipalFinancingFigure(Guid.NewGuid(), year, code, FinancingFigureKind.RealisedStateShare,
                decimal.Round(residents * 61.23m, 2), DemoSource, true, "demo-data", at));
            // Broad unemployment's components (each month needs all of them): the demo jobseekers, and a twentieth in each service.
            foreach (var month in unemployed.Where(v => v.MunicipalityCode == code))
                foreach (var term in IndicatorRegister.BroadUnemploymentFormula.Split(" + "))
                    db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), DemoAreas.Porvoo, term, code, month.OnDate,
                        term == Indicator.UnemployedJobseekers ? month.Value : decimal.Round(month.Value / 20m, 0), DemoSource, true));
            if (code.Value == "616")
            {
                db.BenefitLiabilityEstimates.Add(new BenefitLiabilityEstimate(Guid.NewGuid(), DemoAreas.Porvoo, year, code,
                    decimal.Round(residents * 14.5m, 2), "Suunnittelijan arvio 2024 maksupäivien perusteella (demo)"));
                continue;
            }
            for (var month = 1; month <= 12; month++)
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), DemoAreas.Porvoo, Indicator.BenefitLiability, code, new DateOnly(year, month, 1),
                    decimal.Round(residents * (1.1m + month % 3 / 10m), 2), DemoSource, true));
        }
        await db.SaveChangesAsync(ct);
        area.LeaveArea();
    }
}
