using System.Text.RegularExpressions;

namespace TyollisyysAlue.E2E.Tests;

public sealed class AreaSwitchingTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Planner_in_two_areas_sees_each_areas_own_members_after_switching_area_in_the_app_bar()
    {
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Työllisyysalueet", Level = 1 })).ToBeVisibleAsync();
        var kuopio = Page.GetByRole(AriaRole.Link, new() { Name = "Kuopion työllisyysalue" });
        await Expect(kuopio).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Pohjanmaan työllisyysalue" })).ToBeVisibleAsync();

        await kuopio.ClickAsync();
        await Expect(Page).ToHaveURLAsync(AreaUrl("kuopio"));
        var members = Page.GetByTestId("members");
        await Expect(members).ToContainTextAsync("Siilinjärvi");
        await Expect(members.Locator("tr[data-code='749']")).ToContainTextAsync("749");

        await Interactive.ChooseAsync(Page, "area-switcher", "area-pohjanmaa");

        await Expect(Page).ToHaveURLAsync(AreaUrl("pohjanmaa"));
        await Expect(members).ToContainTextAsync("Kaskinen");
        await Expect(members).ToContainTextAsync("Vaasa");
        await Expect(members).Not.ToContainTextAsync("Siilinjärvi");
    }

    private static Regex AreaUrl(string slug) => new($"/areas/{slug}$");
}
