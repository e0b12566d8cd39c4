namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Swedish labels are long: wide tables must scroll inside their own region, never widen the page, and a row's
/// edit and delete buttons stay side by side.
/// </summary>
public sealed class SwedishLayoutTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Wide_tables_in_Swedish_do_not_widen_the_page_and_row_buttons_stay_on_one_line()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        foreach (var path in new[] { "/areas/porvoo/partners", "/areas/porvoo/offices", "/areas/porvoo/services?tab=3" })
        {
            await LanguageSwitch.OpenInAsync(Page, "sv-FI", path);
            await Interactive.ReadyAsync(Page);
            await Expect(Page.Locator(".table-region table").First).ToBeVisibleAsync();
            var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path}: the page is {overflow}px wider than the window");
        }

        await Page.GotoAsync("/areas/porvoo/offices");
        await Interactive.ReadyAsync(Page);
        var buttons = Page.GetByTestId("offices").Locator("tbody tr").First.Locator("td.text-nowrap button");
        var edit = await buttons.Nth(0).BoundingBoxAsync();
        var delete = await buttons.Nth(1).BoundingBoxAsync();
        Assert.Equal(edit!.Y, delete!.Y, 1.0);
    }
}
