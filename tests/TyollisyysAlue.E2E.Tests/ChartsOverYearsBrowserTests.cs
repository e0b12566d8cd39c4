
namespace TyollisyysAlue.E2E.Tests;

/// <summary>Issue 12, charts over several years: on a phone, with the data table and downloads, and axe clean.</summary>
public sealed class ChartsOverYearsBrowserTests(AppFixture app) : BrowserTest(app)
{
    private async Task AssertFitsThePhoneAsync()
    {
        var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width} px wide at 390 px");
    }

    [Fact]
    public async Task Committee_member_reads_each_members_payment_by_year_on_a_phone()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Vuodet" }).ClickAsync();

        var section = Page.GetByTestId("split-years");
        await Expect(section.GetByTestId("split-years-chart").Locator("svg").First).ToBeVisibleAsync();
        await section.GetByTestId("chart-table-toggle").ClickAsync();
        var table = section.GetByTestId("chart-table");
        await Expect(table).ToContainTextAsync("Loviisa");
        await Expect(table.Locator("tbody tr").First).ToContainTextAsync("2025");
        await Expect(table).ToContainTextAsync("€");
        var svg = await Page.RunAndWaitForDownloadAsync(() => section.GetByTestId("chart-svg").ClickAsync());
        Assert.Matches(@"-porvoo-\d{4}-\d{4}\.svg$", svg.SuggestedFilename);
        await AssertFitsThePhoneAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }
}
