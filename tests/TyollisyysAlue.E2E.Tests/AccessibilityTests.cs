namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules) on each page family, once its content has loaded and, on interactive
/// pages, once the circuit has rendered (so that axe does not inspect prerendered markup being replaced).
/// </summary>
public sealed class AccessibilityTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Sign_in_page_has_no_WCAG_AA_violations()
    {
        await Page.GotoAsync("/account/login");
        await Expect(SignInPage.Email(Page)).ToBeVisibleAsync();
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Home_page_listing_areas_has_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Kuopion työllisyysalue" })).ToBeVisibleAsync();
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Area_overview_page_has_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "admin.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo");
        await Expect(Page.GetByTestId("key-facts")).ToBeVisibleAsync();
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Municipalities_page_has_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "admin.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/municipalities");
        await Expect(Page.GetByTestId("membership-history")).ToContainTextAsync("Sipoo");
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Budget_and_cost_split_page_has_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Expect(Page.GetByTestId("split-table")).ToBeVisibleAsync();
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
        // The charts are shown on request.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Näytä kaaviot" }).ClickAsync();
        await Expect(Page.GetByTestId("split-charts-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(Page.GetByTestId("chart-frame").First).ToBeVisibleAsync();
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Arrangement_plan_page_with_the_section_editor_has_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "admin.kuopio@example.fi");
        await Page.GotoAsync("/areas/kuopio/plan");
        await Expect(Page.GetByTestId("live-table").First).ToBeVisibleAsync();
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Tavoitteet ja toimet" }).ClickAsync();
        await Expect(Page.GetByTestId("goal").First).ToBeVisibleAsync();
        await AssertNoViolationsAsync();

        // The editor of a draft (Porvoo's; another test may have submitted the Finnish one, the Swedish one stays a draft).
        await using var planner = await App.NewContextAsync();
        var page = await planner.NewPageAsync();
        await SignInPage.SignInAsync(page, "planner.porvoo@example.fi");
        await page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(page);
        if (await page.GetByTestId("edit-section").CountAsync() == 0)
        {
            await page.GetByTestId("counterpart").ClickAsync();
        }
        await page.GetByTestId("edit-section").ClickAsync();
        await Expect(page.GetByTestId("section-editor")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Administration_page_with_a_new_api_token_has_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "admin.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/admin");
        await Interactive.ReadyAsync(Page);
        await Page.GetByLabel("Avaimen käyttötarkoitus").FillAsync("Saavutettavuustesti");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Luo avain" }).ClickAsync();
        await Expect(Page.GetByTestId("new-token")).ToBeVisibleAsync();
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Audit_log_page_has_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "admin.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/audit");
        await Expect(Page.GetByTestId("audit-entries")).ToBeVisibleAsync();
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Municipality_register_and_my_account_pages_have_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "sysadmin@example.fi");
        await Page.GotoAsync("/system/municipalities");
        await Expect(Page.GetByTestId("register")).ToContainTextAsync("Kaskinen");
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
        // A row's edit button is plain markup (issue 17: the register is hundreds of rows) and still works from the keyboard.
        var edit = Page.GetByRole(AriaRole.Button, new() { Name = "Muokkaa: Kaskinen", Exact = true });
        await edit.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var row = Page.Locator("tr[data-code='231']");
        await Expect(row.GetByLabel("Nimi suomeksi")).ToHaveValueAsync("Kaskinen");
        await row.GetByRole(AriaRole.Button, new() { Name = "Peruuta" }).ClickAsync();
        await Expect(edit).ToBeVisibleAsync();
        await Page.GotoAsync("/account/me");
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Offices_staffing_and_partners_pages_have_no_WCAG_AA_violations()
    {
        await SignInPage.SignInAsync(Page, "viewer.porvoo@example.fi");
        foreach (var (path, content) in new[] { ("/areas/porvoo/offices", "offices"), ("/areas/porvoo/staffing", "staff-figures"), ("/areas/porvoo/partners", "partners") })
        {
            await Page.GotoAsync(path);
            await Expect(Page.GetByTestId(content)).ToBeVisibleAsync();
            await Interactive.ReadyAsync(Page);
            await AssertNoViolationsAsync();
        }
    }

    private Task AssertNoViolationsAsync() => AssertNoViolationsAsync(Page);

    private static Task AssertNoViolationsAsync(IPage page) => Axe.AssertNoViolationsAsync(page);
}
