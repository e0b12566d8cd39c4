namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Issue 15.5 in the browser, on Kuopio's approved plan (no test changes its goals): the jobseeker metric linked to the
/// area's series shows its chart and values; the approved version's checklist shows the figure of its own date, the
/// overview today's; axe finds nothing; at 390 px the goals tab does not scroll sideways.
/// </summary>
public sealed class GoalMetricTests(AppFixture app) : BrowserTest(app)
{
    private const string Metric = "Työnhakija-asiakkaat";

    [Fact]
    public async Task A_linked_metric_shows_its_values_over_time_and_its_latest_value_in_the_checklist_and_overview()
    {
        await SignInPage.SignInAsync(Page, "admin.kuopio@example.fi");
        await Page.GotoAsync("/areas/kuopio/plan?tab=goals");
        var values = Page.GetByTestId("metric-values").Filter(new() { HasText = Metric });
        await Expect(values.GetByTestId("metric-table")).ToBeVisibleAsync();
        await Expect(values.GetByTestId("metric-chart")).ToBeVisibleAsync();
        // The newest month first; the November 2024 total is the plan's Table 1 figure, the baseline.
        await Expect(values.GetByTestId("metric-table").Locator("tbody tr").First).ToContainTextAsync("6/2025");
        await Expect(values.GetByTestId("metric-table")).ToContainTextAsync("11/2024");
        await Expect(values.GetByTestId("metric-table").Locator("tbody tr").Filter(new() { HasText = "11/2024" })).ToContainTextAsync("14\u00A0744");
        await Expect(values.GetByTestId("metric-latest")).ToContainTextAsync("6/2025");
        await Expect(values.GetByTestId("metric-latest")).ToContainTextAsync("demoarvo");
        await Interactive.ReadyAsync(Page);
        await values.GetByTestId("chart-table-toggle").ClickAsync();
        await Expect(values.GetByTestId("chart-table")).ToContainTextAsync("Tavoitetaso (luku)");
        await Axe.AssertNoViolationsAsync(Page);

        // The approved version of 5.12.2024 was decided with November's figure: its checklist shows that one.
        await Page.GotoAsync("/areas/kuopio/plan?tab=checklist");
        var item = Page.GetByTestId("checklist-metric").Filter(new() { HasText = Metric });
        await Expect(item).ToContainTextAsync("11/2024");
        await Expect(item).ToContainTextAsync("Kuopion järjestämissuunnitelma, taulukko 1");
        await Expect(item).ToContainTextAsync("Lähtötasolla");
        await Interactive.ReadyAsync(Page);
        await Axe.AssertNoViolationsAsync(Page);

        // The overview's plan card: today's latest value with its period and source.
        await Page.GotoAsync("/areas/kuopio");
        await Expect(Page.GetByTestId("plan-metric").Filter(new() { HasText = Metric })).ToContainTextAsync("6/2025");
    }

    [Fact]
    public async Task At_390_px_the_goals_tab_with_a_metric_chart_does_not_scroll_sideways()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await SignInPage.SignInAsync(Page, "admin.kuopio@example.fi");
        await Page.GotoAsync("/areas/kuopio/plan?tab=goals");
        await Expect(Page.GetByTestId("metric-chart").First).ToBeVisibleAsync();
        await Interactive.ReadyAsync(Page);
        var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the goals tab is {width} px wide at 390 px");
        await Axe.AssertNoViolationsAsync(Page);
    }
}
