using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Tests.Budgets;

/// <summary>
/// Issue 12.3: the comparison compares like with like — another key of the year splits the same cost; another year's
/// key splits that year's cost — and says what is missing when the compared split cannot be calculated.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class SplitComparisonTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Another_key_of_the_year_splits_the_same_cost_not_its_own_named_cost()
    {
        var (area, user, kuopio) = await TwoMemberArea.CreateAsync(fixture);
        var preparation = await TwoMemberArea.AddPreparationKeyAsync(fixture, area, user);
        var current = (await user.Get<YearSplitQuery>().LoadAsync(2025))!;

        var view = await user.Get<SplitComparisonQuery>().WithKeyAsync(current, preparation);

        // Main key 50/50: "Porvoo" 176 838,91 + 107 462,69 = 284 301,60 €, "Kuopio" 915 698,40 €. The same 1 200 000 €
        // by population only (51 232 : 122 594): 353 677,82 € and 846 322,18 € — not the 60 000 € the key itself splits,
        // which showed about −95 % for every member before.
        Assert.Equal(ComparisonBasis.SameCostOtherKey, view.Basis);
        Assert.Empty(view.Missing);
        var result = view.Result!;
        Assert.Equal((Money.FromEuros(1_200_000m), Money.FromEuros(1_200_000m), Money.Zero), (result.CurrentTotal, result.ComparedTotal, result.Difference));
        var k = result.Members.Single(m => m.Code == kuopio);
        var p = result.Members.Single(m => m.Code != kuopio);
        Assert.Equal((Money.FromEuros(284_301.60m), Money.FromEuros(353_677.82m), Money.FromEuros(69_376.22m), 24.4m),
            (p.Current!.Value, p.Compared!.Value, p.Difference!.Value, p.ChangePercent!.Value));
        Assert.Equal((Money.FromEuros(915_698.40m), Money.FromEuros(846_322.18m), -7.6m), (k.Current!.Value, k.Compared!.Value, k.ChangePercent!.Value));
        Assert.Equal((23.69m, 29.47m, 5.78m), (p.CurrentSharePercent!.Value, p.ComparedSharePercent!.Value, p.SharePointChange!.Value));
        Assert.Equal("Valmistelukustannukset", view.Compared!.KeyName);
    }

    [Fact]
    public async Task Another_year_without_a_key_or_without_indicator_values_says_what_to_add()
    {
        var (area, user, _) = await TwoMemberArea.CreateAsync(fixture);
        var current = (await user.Get<YearSplitQuery>().LoadAsync(2025))!;
        var comparisons = user.Get<SplitComparisonQuery>();

        var noKey = await comparisons.WithYearAsync(current, 2024);
        Assert.True(noKey.NoKey);
        Assert.Null(noKey.Result);

        // A 2026 key by population on 31.12.2025, a date nobody imported, and no 2026 budget.
        await using (var db = fixture.ContextFor(user.Context))
        {
            var key = new AllocationKey(Guid.NewGuid(), area, 2026, "Jakoperuste 2026", isMain: true);
            db.AllocationKeys.Add(key);
            db.KeyCriteria.AddRange(key.SetCriteria([(Indicator.Population, 100m, IndicatorReference.EndOfPreviousYear(2026))]));
            await db.SaveChangesAsync();
        }
        var lacking = await comparisons.WithYearAsync(current, 2026);
        Assert.Equal(ComparisonBasis.SameKeyOtherYear, lacking.Basis);
        Assert.False(lacking.NoKey);
        Assert.True(lacking.NoBudget);
        var missing = Assert.Single(lacking.Missing);
        Assert.Equal((Indicator.Population, new DateOnly(2025, 12, 31), true, 2),
            (missing.Criterion.IndicatorCode, missing.Criterion.Reference.Date, missing.AllMissing, missing.Members.Count));
        Assert.Null(lacking.Result);
    }

    [Fact]
    public async Task Another_year_with_its_key_and_budget_compares_that_years_own_cost()
    {
        var (area, user, kuopio) = await TwoMemberArea.CreateAsync(fixture);
        await using (var db = fixture.ContextFor(user.Context))
        {
            // 2026: population only (the values of 31.12.2024 again), budget 1 500 000 €.
            var key = new AllocationKey(Guid.NewGuid(), area, 2026, "Jakoperuste 2026", isMain: true);
            db.AllocationKeys.Add(key);
            db.KeyCriteria.AddRange(key.SetCriteria([(Indicator.Population, 100m, IndicatorReference.EndOfPreviousYear(2025))]));
            var budget = new Budget(Guid.NewGuid(), area, 2026);
            db.Budgets.Add(budget);
            db.BudgetLines.Add(new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 0, BudgetLineKind.Expense, "Henkilöstö", 1_500_000m) { ExpenseCategory = ExpenseCategory.Staff });
            await db.SaveChangesAsync();
        }
        var current = (await user.Get<YearSplitQuery>().LoadAsync(2025))!;

        var view = await user.Get<SplitComparisonQuery>().WithYearAsync(current, 2026);

        // 1 500 000 € × 122 594 / 173 826 = 1 057 902,73 € for "Kuopio" (70,53 % of the total against 76,31 % in 2025).
        var result = view.Result!;
        Assert.Equal(Money.FromEuros(300_000m), result.Difference);
        var k = result.Members.Single(m => m.Code == kuopio);
        Assert.Equal((Money.FromEuros(1_057_902.73m), 70.53m, 76.31m), (k.Compared!.Value, k.ComparedSharePercent!.Value, k.CurrentSharePercent!.Value));
    }

    [Fact]
    public async Task A_key_of_another_area_is_not_found()
    {
        var (areaA, userA, _) = await TwoMemberArea.CreateAsync(fixture);
        var keyOfA = await TwoMemberArea.AddPreparationKeyAsync(fixture, areaA, userA);
        var (_, userB, _) = await TwoMemberArea.CreateAsync(fixture);
        var currentB = (await userB.Get<YearSplitQuery>().LoadAsync(2025))!;

        var view = await userB.Get<SplitComparisonQuery>().WithKeyAsync(currentB, keyOfA);

        Assert.True(view.NoKey);
        Assert.Null(view.Result);
    }
}
