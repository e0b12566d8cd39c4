using TyollisyysAlue.Application.FollowUp;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>Issue 12, charts over several years: the expense budget against the actuals of every year that has actuals.</summary>
[Collection(DatabaseCollection.Name)]
public class BudgetAgainstActualYearsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Years_with_actuals_show_the_expense_budget_and_the_actuals_to_the_cent()
    {
        var planner = await SeveralYears.ActualsAsync(fixture);

        var years = await planner.Get<BudgetAgainstActualYearsQuery>().LoadAsync();

        Assert.Equal(
        [
            new YearBudgetAgainstActual(2025, 1_200_000.50m, 1_150_000.05m, 12),
            new YearBudgetAgainstActual(2026, 1_300_000m, 300_000.10m, 3),
        ], years);
        Assert.Equal(-50_000.45m, years[0].Difference);
    }

    [Fact]
    public async Task Another_areas_years_are_not_seen()
    {
        await SeveralYears.ActualsAsync(fixture);
        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UseCases.ForAsync(fixture, other, "ulkopuolinen@example.fi");

        Assert.Empty(await outsider.Get<BudgetAgainstActualYearsQuery>().LoadAsync());
    }
}
