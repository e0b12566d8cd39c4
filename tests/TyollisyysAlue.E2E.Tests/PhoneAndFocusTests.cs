namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Issue 12.4 and 12.5: every page family at 390 px with no page-wide horizontal scroll and the user and language menus
/// in view; a visible focus ring on everything the keyboard reaches; focus back on a dropdown after a choice by keyboard.
/// </summary>
public sealed class PhoneAndFocusTests(AppFixture app) : BrowserTest(app)
{
    public static readonly TheoryData<string, string> Families = new()
    {
        { "planner.porvoo@example.fi", "/" },
        { "planner.porvoo@example.fi", "/areas/porvoo" },
        { "planner.porvoo@example.fi", "/areas/porvoo/overview" },
        { "planner.porvoo@example.fi", "/areas/porvoo/budget?year=2025" },
        { "planner.porvoo@example.fi", "/areas/porvoo/services" },
        { "planner.porvoo@example.fi", "/areas/porvoo/offices" },
        { "planner.porvoo@example.fi", "/areas/porvoo/staffing" },
        { "planner.porvoo@example.fi", "/areas/porvoo/partners" },
        { "planner.porvoo@example.fi", "/areas/porvoo/municipalities" },
        { "admin.porvoo@example.fi", "/areas/porvoo/admin" },
        { "admin.porvoo@example.fi", "/areas/porvoo/audit" },
        { "planner.porvoo@example.fi", "/account/me" },
        // Issue 12.4 remainder: the plan page was 461 px wide (the version bar's select); the money questions' pages.
        { "planner.porvoo@example.fi", "/areas/porvoo/plan" },
        { "planner.porvoo@example.fi", "/areas/porvoo/what-if" },
        { "planner.porvoo@example.fi", "/areas/porvoo/net-position" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task At_390_px_the_page_does_not_scroll_sideways_and_the_user_and_language_menus_are_in_view(string user, string path)
    {
        Page.Context.SetDefaultTimeout(30_000);
        await Page.SetViewportSizeAsync(390, 844);
        await SignInPage.SignInAsync(Page, user);
        await Page.GotoAsync(path);
        await Interactive.ReadyAsync(Page);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var beyond = width <= 390 ? "" : await Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('main *, header *')]
                .filter(e => e.getBoundingClientRect().right > 391 && !e.closest('.table-region, .table-scroll, .mud-table-container'))
                .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].slice(0, 3).join('.') + '@' + Math.round(e.getBoundingClientRect().right))
                .slice(0, 12).join(' ')
            """);
        Assert.True(width <= 390, $"{path}: the page is {width} px wide at 390 px; beyond the window: {beyond}");
        foreach (var menu in new[] { "user-menu", "language-menu" })
        {
            var box = await Page.GetByTestId(menu).BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 390, $"{path}: {menu} is not in view at 390 px");
        }
    }

    [Theory]
    [InlineData("/areas/porvoo/budget?year=2025")]
    [InlineData("/areas/porvoo/plan")]
    [InlineData("/areas/porvoo/services")]
    [InlineData("/areas/porvoo/staffing")]
    public async Task Everything_the_keyboard_reaches_shows_a_focus_ring(string path)
    {
        Page.Context.SetDefaultTimeout(30_000);
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync(path);
        await Interactive.ReadyAsync(Page);
        await Page.Locator("body").FocusAsync();
        for (var i = 0; i < 12; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var ring = await Page.EvaluateAsync<string>("""
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return 'ok';
                    const s = getComputedStyle(e);
                    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                    const shadow = s.boxShadow && s.boxShadow !== 'none';
                    return outline || shadow ? 'ok' : (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().slice(0, 60);
                }
                """);
            Assert.True(ring == "ok", $"{path}: no visible focus on '{ring}' after {i + 1} Tab presses");
        }
    }

    [Fact]
    public async Task After_choosing_a_year_by_keyboard_focus_is_back_on_the_dropdown()
    {
        Page.Context.SetDefaultTimeout(30_000);
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        var select = Page.GetByTestId("year-select"); // the select's own input
        await select.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown"); // opens the list
        await Expect(Page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Enter"); // chooses the highlighted year
        await Expect(Page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await Page.WaitForTimeoutAsync(500);
        var inside = await select.EvaluateAsync<bool>("s => s.closest('.mud-select').contains(document.activeElement)");
        Assert.True(inside, "focus left the year dropdown after the choice: " + await Page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 120) ?? 'none'"));
    }
}
