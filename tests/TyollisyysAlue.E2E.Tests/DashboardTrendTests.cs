namespace TyollisyysAlue.E2E.Tests;

/// <summary>Issue 15.6: the committee's overview shows the members' unemployment trend as a chart with its table, on a phone too.</summary>
public sealed class DashboardTrendTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Committee_member_sees_the_unemployment_trend_chart_and_table_of_the_demo_area()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo");
        await Interactive.ReadyAsync(Page);

        var card = Page.GetByTestId("dashboard-unemployment");
        await Expect(card.GetByTestId("unemployment-chart").Locator("svg").First).ToBeVisibleAsync();
        // The demo's series (unemployed jobseekers and people in services, 1/2024–6/2025), marked as demo values.
        await Expect(card.GetByTestId("unemployment-series")).ToContainTextAsync("Työttömät työnhakijat ja palveluissa olevat");
        await Expect(card).ToContainTextAsync("esittelyarvoja");
        var trend = card.GetByTestId("unemployment-trend-table");
        await Expect(trend.Locator("tbody tr")).ToHaveCountAsync(13);
        await Expect(trend.Locator("tbody tr").First).ToContainTextAsync("6/2025");
        await Expect(card.GetByTestId("unemployment-members").Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(card.GetByTestId("unemployment-members")).ToContainTextAsync("Loviisa");

        // The chart's own figures table (behind its toggle) holds the same months.
        await card.GetByTestId("chart-table-toggle").ClickAsync();
        await Expect(card.GetByTestId("chart-table")).ToContainTextAsync("6/2025");

        var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var beyond = width <= 390 ? "" : await Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > 391 && !e.closest('.table-region, .table-scroll, .mud-table-container'))
                .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].slice(0, 3).join('.') + '@' + Math.round(e.getBoundingClientRect().right))
                .slice(0, 12).join(' ')
            """);
        Assert.True(width <= 390, $"the overview is {width} px wide at 390 px; beyond the window: {beyond}");
        await Axe.AssertNoViolationsAsync(Page);
    }
}
