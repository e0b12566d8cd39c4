using System.Text.RegularExpressions;

namespace TyollisyysAlue.E2E.Tests;

public sealed class LanguageTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Choosing_Swedish_shows_the_interface_and_municipality_names_in_Swedish()
    {
        await SignInPage.SignInAsync(Page, "admin.porvoo@example.fi");
        await Expect(Page).ToHaveURLAsync(new Regex("/areas/porvoo$"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fi");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Yleiskatsaus" })).ToBeVisibleAsync();

        await Interactive.ChooseAsync(Page, "language-menu", "language-sv");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Expect(Page).ToHaveURLAsync(new Regex("/areas/porvoo$"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Översikt" })).ToBeVisibleAsync();
        var members = Page.GetByTestId("members");
        await Expect(members.Locator("tr[data-code='638'] td").Nth(1)).ToContainTextAsync(new Regex("^\\s*Borgå"));
        await Expect(members.Locator("tr[data-code='434'] td").Nth(1)).ToContainTextAsync(new Regex("^\\s*Lovisa"));
    }
}
