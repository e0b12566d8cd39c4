using TyollisyysAlue.Application.CostSharing;

namespace TyollisyysAlue.Application.Tests.Budgets;

/// <summary>Issue 12, charts over several years: each member's payment in every year whose split can be computed.</summary>
[Collection(DatabaseCollection.Name)]
public class SplitAcrossYearsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Each_member_pays_its_own_years_split_to_the_cent_and_a_year_without_a_split_is_named_not_drawn()
    {
        var (_, planner, kuopio) = await SeveralYears.SplitsAsync(fixture);

        var years = await planner.Get<SplitAcrossYearsQuery>().LoadAsync();

        Assert.Equal([2025, 2026], years.Years);
        Assert.Equal([2024], years.YearsWithoutSplit);
        // Two-stage largest remainder (ADR 3): 2025 population pot 600 000 → 176 838,91 / 423 161,09, unemployed pot
        // → 107 462,69 / 492 537,31; 2026 pots of 650 000 → 190 517,24 / 459 482,76 and 104 697,99 / 545 302,01.
        var porvoo = years.Members.Single(m => m.Member.Code != kuopio);
        var kuopios = years.Members.Single(m => m.Member.Code == kuopio);
        Assert.Equal([284_301.60m, 295_215.23m], porvoo.Payments);
        Assert.Equal([915_698.40m, 1_004_784.77m], kuopios.Payments);
        Assert.Equal(1_200_000m, years.TotalOf(2025));
        Assert.Equal(1_300_000m, years.TotalOf(2026));
    }

    [Fact]
    public async Task Another_areas_years_are_not_seen()
    {
        await SeveralYears.SplitsAsync(fixture);
        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UseCases.ForAsync(fixture, other, "ulkopuolinen@example.fi");

        var years = await outsider.Get<SplitAcrossYearsQuery>().LoadAsync();

        Assert.Empty(years.Years);
        Assert.Empty(years.Members);
    }
}
