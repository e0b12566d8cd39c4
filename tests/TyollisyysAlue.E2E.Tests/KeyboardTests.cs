using System.Text.RegularExpressions;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.E2E.Tests;

public sealed class KeyboardTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Signing_in_and_opening_an_area_work_with_the_keyboard_alone()
    {
        await Page.GotoAsync("/account/login");

        await TabToAsync(SignInPage.Email(Page));
        await Page.Keyboard.TypeAsync("planner.multi@example.fi");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(SignInPage.Password(Page)).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(DemoUsers.Password);
        await Page.Keyboard.PressAsync("Enter");

        var kuopio = Page.GetByRole(AriaRole.Link, new() { Name = "Kuopion työllisyysalue" });
        await Expect(kuopio).ToBeVisibleAsync();
        await Interactive.ReadyAsync(Page);
        await TabToAsync(kuopio);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex("/areas/kuopio$"));
        await Expect(Page.GetByTestId("members")).ToContainTextAsync("Siilinjärvi");
    }

    /// <summary>Presses Tab from wherever focus is until the target has focus (or gives up after 20 presses).</summary>
    private async Task TabToAsync(ILocator target)
    {
        for (var i = 0; i < 20 && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await Page.Keyboard.PressAsync("Tab");
        await Expect(target).ToBeFocusedAsync(new() { Timeout = 1_000 });
    }
}
