using TyollisyysAlue.Web.Components.Pages.Budget;
using TyollisyysAlue.Web.Components.Pages.FollowUp;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>Issue 12, charts over several years: the chart with its download buttons, and a data table of the exact euros.</summary>
public class ChartsOverYearsTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    [Fact]
    public async Task The_split_per_member_by_year_has_a_chart_and_a_table_of_the_exact_payments()
    {
        var (_, planner, _) = await SeveralYears.SplitsAsync(Database);
        Services.AddApplicationOnTestDatabase(Database, planner.Context);

        var tab = Render<SplitYearsTab>();

        await tab.WaitForAssertionAsync(() => Assert.NotNull(tab.Find("[data-testid=split-years-chart]")));
        Assert.NotNull(tab.Find("[data-testid=chart-png]"));
        Assert.NotNull(tab.Find("[data-testid=chart-svg]"));
        Assert.Contains("2024", tab.Find("[data-testid=split-years-missing]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 300 000,00 €", tab.Find("[data-testid=split-years-chart]").GetAttribute("aria-label")!.Replace('\u00a0', ' '), StringComparison.Ordinal);

        tab.Find("[data-testid=chart-table-toggle]").Click();
        await tab.WaitForAssertionAsync(() => Assert.Equal(2, tab.FindAll("table tbody tr").Count));
        var rows = tab.FindAll("table tbody tr").Select(r => r.TextContent.Replace('\u00a0', ' ')).ToList();
        Assert.StartsWith("2025", rows[0], StringComparison.Ordinal);
        Assert.Contains("284 301,60 €", rows[0], StringComparison.Ordinal);
        Assert.Contains("915 698,40 €", rows[0], StringComparison.Ordinal);
        Assert.Contains("295 215,23 €", rows[1], StringComparison.Ordinal);
        Assert.Contains("1 004 784,77 €", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Budget_against_actual_by_year_has_a_chart_and_a_table_of_the_exact_euros()
    {
        var planner = await SeveralYears.ActualsAsync(Database);
        Services.AddApplicationOnTestDatabase(Database, planner.Context);

        var section = Render<BudgetActualYears>();

        await section.WaitForAssertionAsync(() => Assert.NotNull(section.Find("[data-testid=budget-actual-years-chart]")));
        section.Find("[data-testid=chart-table-toggle]").Click();
        await section.WaitForAssertionAsync(() => Assert.Equal(2, section.FindAll("table tbody tr").Count));
        var rows = section.FindAll("table tbody tr").Select(r => r.TextContent.Replace('\u00a0', ' ')).ToList();
        Assert.Contains("1 200 000,50 €", rows[0], StringComparison.Ordinal);
        Assert.Contains("1 150 000,05 €", rows[0], StringComparison.Ordinal);
        Assert.StartsWith(Text("FollowUpYears.Partial", 2026, 3), rows[1], StringComparison.Ordinal); // a year under way says so
        Assert.Contains("300 000,10 €", rows[1], StringComparison.Ordinal);
    }
}
