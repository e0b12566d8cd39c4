namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Comparing two versions shows formatted text - lists and tables as readers see them - with the added and deleted
/// words marked and announced, not raw Markdown. Porvoo's Finnish draft against its Swedish one: the statutory
/// sections match, so their texts differ word for word.
/// </summary>
public sealed class PlanCompareTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Two_versions_compare_as_formatted_text_with_insertions_and_deletions_announced()
    {
        await SignInPage.SignInAsync(Page, "viewer.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/plan?tab=compare");
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("compare").ClickAsync();

        var bodies = Page.GetByTestId("body-difference");
        await Expect(bodies.First).ToBeVisibleAsync();
        await Expect(bodies.Locator("table").First).ToBeVisibleAsync();
        await Expect(bodies.Locator("li").First).ToBeVisibleAsync();
        await Expect(bodies.Locator("ins .visually-hidden").First).ToHaveTextAsync("lisätty:");
        await Expect(bodies.Locator("del .visually-hidden").First).ToHaveTextAsync("poistettu:");
        // Markdown's own marks are nowhere: the tables, lists and bold are rendered.
        foreach (var mark in new[] { "| ---", "**" })
        {
            await Expect(Page.GetByTestId("section-difference").Filter(new() { HasText = mark })).ToHaveCountAsync(0);
        }
        await Axe.AssertNoViolationsAsync(Page);
    }
}
