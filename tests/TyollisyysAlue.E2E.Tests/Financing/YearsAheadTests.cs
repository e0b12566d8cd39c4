namespace TyollisyysAlue.E2E.Tests.Financing;

public sealed class YearsAheadTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Planner_enters_a_staff_growth_and_sees_the_projected_split_of_the_plan_years_change()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/net-position?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("open-years-ahead").ClickAsync();
        await Interactive.ReadyAsync(Page);

        var table = Page.GetByTestId("years-ahead");
        await Expect(table).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("projection-label")).ToContainTextAsync("Ennuste");
        await Expect(table.Locator("thead")).ToContainTextAsync("2026 ennuste");
        var total2026 = Page.GetByTestId("years-ahead-total").Locator("td[data-year='2026']");
        var before = await total2026.InnerTextAsync();
        var budgeted = await Page.GetByTestId("years-ahead-total").Locator("td[data-year='2025']").InnerTextAsync();
        await Axe.AssertNoViolationsAsync(Page);

        var growth = Page.GetByLabel("Henkilöstökulut (%)");
        await growth.FillAsync("10");
        await Page.Keyboard.PressAsync("Tab");
        await Page.GetByTestId("years-ahead-save").ClickAsync();

        // The plan year's payments now include a tenth more staff cost; the budget year stays as budgeted.
        await Expect(total2026).Not.ToHaveTextAsync(before);
        await Expect(Page.GetByTestId("years-ahead-total").Locator("td[data-year='2025']")).ToHaveTextAsync(budgeted);
        Assert.True(Euros(await total2026.InnerTextAsync()) > Euros(before));

        // A growth beyond +100 % is a field error and nothing is saved.
        var saved = await total2026.InnerTextAsync();
        await growth.FillAsync("150");
        await Page.Keyboard.PressAsync("Tab");
        await Page.GetByTestId("years-ahead-save").ClickAsync();
        await Expect(Page.GetByTestId("years-ahead-errors")).ToContainTextAsync("−50…+100 %");
        await Expect(total2026).ToHaveTextAsync(saved);
        await Axe.AssertNoViolationsAsync(Page);
        await AssertFitsAsync(390);
    }

    private static decimal Euros(string text) =>
        decimal.Parse(new string(text.Where(c => char.IsDigit(c) || c == ',').ToArray()).Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
}
