using Microsoft.AspNetCore.Components;
using MudBlazor;
using TyollisyysAlue.Application.CostSharing;
using AllocationKey = TyollisyysAlue.Domain.CostSharing.AllocationKey;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Web.Components.Pages.Budget;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>
/// Issue 12.3: comparing the main split with the preparation-cost key showed about −95 % for every member (the key's
/// own small cost against the main one). The comparison tab now splits the same cost, and says what a year lacks.
/// </summary>
public class SplitComparisonTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    private async Task<IRenderedComponent<SplitComparison>> RenderForAsync(UseCases planner)
    {
        Services.AddApplicationOnTestDatabase(Database, planner.Context);
        RenderProviders();
        var splits = planner.Get<YearSplitQuery>();
        var split = (await splits.LoadAsync(2025))!;
        var keys = await splits.KeysAsync(2025);
        return Render<SplitComparison>(ps => ps.Add(p => p.Split, split).Add(p => p.Keys, keys));
    }

    private static Task ChooseAsync(IRenderedComponent<SplitComparison> cut, string choice)
    {
        var select = cut.FindComponent<MudSelect<string>>();
        return cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(choice));
    }

    [Fact]
    public async Task Another_key_shows_the_same_cost_moved_between_members()
    {
        var (area, planner, _) = await TwoMemberArea.CreateAsync(Database);
        var preparation = await TwoMemberArea.AddPreparationKeyAsync(Database, area, planner);
        var cut = await RenderForAsync(planner);

        await ChooseAsync(cut, $"key:{preparation}");

        await cut.WaitForAssertionAsync(() => Assert.NotEmpty(cut.FindAll("[data-testid=change-percent]")));
        var changes = cut.FindAll("[data-testid=change-percent]").Select(c => c.TextContent.Replace('\u00a0', ' ')).ToList();
        Assert.Contains("24,4 %", changes);
        Assert.Equal(2, changes.Distinct().Count());
        Assert.Contains(Text("Compare.SameCost", "Jakoperuste", "Valmistelukustannukset"), cut.Find("[data-testid=comparison-basis]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_without_a_key_or_without_values_says_what_to_add_and_where()
    {
        var (area, planner, _) = await TwoMemberArea.CreateAsync(Database);
        var cut = await RenderForAsync(planner);

        await ChooseAsync(cut, "year:2024");
        await cut.WaitForAssertionAsync(() => Assert.Equal(Text("Compare.NoKey", 2024, Text("Key.Tab")),
            cut.Find("[data-testid=compare-unavailable]").TextContent.Trim()));

        // A 2026 key whose values (31.12.2025) nobody has imported: which criterion, for whom, and where to add them.
        await using (var db = Database.ContextFor(planner.Context))
        {
            var key = new AllocationKey(Guid.NewGuid(), area, 2026, "Jakoperuste 2026", isMain: true);
            db.AllocationKeys.Add(key);
            db.KeyCriteria.AddRange(key.SetCriteria([(Indicator.Population, 100m, IndicatorReference.EndOfPreviousYear(2026))]));
            await db.SaveChangesAsync();
        }
        await ChooseAsync(cut, "year:2026");
        await cut.WaitForAssertionAsync(() => Assert.Contains(Text("Compare.HowToAdd", Text("Indicators.Tab"), Text("Fetch.Start")),
            cut.Find("[data-testid=compare-unavailable]").TextContent, StringComparison.Ordinal));
        var items = cut.FindAll("[data-testid=compare-unavailable] li").Select(li => li.TextContent).ToList();
        Assert.Contains(Text("Split.NoBudget", 2026), items);
        Assert.Contains(items, i => i.EndsWith(Text("Compare.MissingAll", "").TrimStart(':', ' '), StringComparison.Ordinal));
    }
}
