using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.TestSupport;

/// <summary>The small area the cost-sharing tests work on (revisions, reconciliation, comparison).</summary>
public static class TwoMemberArea
{
    /// <summary>
    /// Two test municipalities (a "Porvoo" and a "Kuopio" by their figures) as members from 2025, a 50/50 key
    /// (population; unemployed 12-month average) and a 1.2 M€ budget. Returns the "Kuopio".
    /// </summary>
    public static async Task<(Guid Area, UseCases Planner, MunicipalityCode Kuopio)> CreateAsync(DatabaseFixture fixture)
    {
        var Porvoo = MunicipalityCode.Parse(await fixture.NewMunicipalityAsync());
        var Kuopio = MunicipalityCode.Parse(await fixture.NewMunicipalityAsync());
        var (area, _) = await fixture.CreateAreaAsync(Porvoo.Value);
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        await using var db = fixture.ContextFor(planner.Context);
        db.Memberships.Add(new Membership(Guid.NewGuid(), area, Kuopio, new DateOnly(2025, 1, 1), null, "Päätös"));
        foreach (var (code, population, unemployed2024, unemployed2025) in new[] { (Porvoo, 51_232m, 2_400m, 2_400m), (Kuopio, 122_594m, 11_000m, 12_500m) })
        {
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Population, code, new DateOnly(2024, 12, 31), population, "test", false));
            for (var month = 1; month <= 12; month++)
            {
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Unemployed, code, new DateOnly(2024, month, 1), unemployed2024, "test", false));
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Unemployed, code, new DateOnly(2025, month, 1), unemployed2025, "test", false));
            }
        }
        var key = new AllocationKey(Guid.NewGuid(), area, 2025, "Jakoperuste", isMain: true);
        db.AllocationKeys.Add(key);
        db.KeyCriteria.AddRange(key.SetCriteria([
            (Indicator.Population, 50m, IndicatorReference.EndOfPreviousYear(2025)),
            (Indicator.Unemployed, 50m, IndicatorReference.MonthsOfYear(2024))]));
        var budget = new Budget(Guid.NewGuid(), area, 2025);
        db.Budgets.Add(budget);
        db.BudgetLines.Add(new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 0, BudgetLineKind.Expense, "Henkilöstö", 1_200_000m) { ExpenseCategory = ExpenseCategory.Staff });
        await db.SaveChangesAsync();
        return (area, planner, Kuopio);
    }

    /// <summary>A named key by population only (31.12.2024) and its own 60 000 € line, as Porvoo's preparation costs.</summary>
    public static async Task<Guid> AddPreparationKeyAsync(DatabaseFixture fixture, Guid area, UseCases user)
    {
        await using var db = fixture.ContextFor(user.Context);
        var key = new AllocationKey(Guid.NewGuid(), area, 2025, "Valmistelukustannukset", isMain: false);
        db.AllocationKeys.Add(key);
        db.KeyCriteria.AddRange(key.SetCriteria([(Indicator.Population, 100m, IndicatorReference.EndOfPreviousYear(2025))]));
        var budget = db.Budgets.Single(b => b.Year == 2025);
        db.BudgetLines.Add(new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 1, BudgetLineKind.Expense, "Valmistelu", 60_000m)
            { ExpenseCategory = ExpenseCategory.Other, KeyId = key.Id });
        await db.SaveChangesAsync();
        return key.Id;
    }
}
