namespace TyollisyysAlue.E2E.Tests.Offices;

/// <summary>
/// Two people of one area edit the same office in two browsers: the second save shows the conflict panel (who, when,
/// theirs beside yours), and both ways out work. The office is the test's own, so other tests' data stay as they are.
/// </summary>
public sealed class OfficeConflictBrowserTests(AppFixture app) : BrowserTest(app)
{
    private const string Office = "Ristiriitatesti (testi)";

    [Fact]
    public async Task A_second_save_of_an_office_shows_the_conflict_and_keep_theirs_and_save_mine_both_work()
    {
        await using var adminContext = await App.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await OpenOfficesAsync(admin, "admin.porvoo@example.fi");
        await CreateOfficeAsync(admin);
        await OpenOfficesAsync(Page, "planner.porvoo@example.fi");

        // Round 1: both open the office; the administrator saves first, the planner keeps theirs.
        var plannerEditor = await EditAsync(Page);
        var adminEditor = await EditAsync(admin);
        await OfficesUi.FillAsync(adminEditor.GetByLabel("Aukioloajat"), "ma–pe 8–16");
        await adminEditor.GetByTestId("save-row").ClickAsync();
        await Expect(adminEditor).ToHaveCountAsync(0);
        await OfficesUi.FillAsync(plannerEditor.GetByLabel("Aukioloajat"), "ma–to 9–15");
        await plannerEditor.GetByTestId("save-row").ClickAsync();

        var conflict = plannerEditor.GetByTestId("conflict");
        await Expect(conflict).ToContainTextAsync("Anna Ylläpitäjä tallensi tämän rivin");
        await Expect(conflict).ToContainTextAsync(HelsinkiToday);
        var row = conflict.Locator("tr.diff");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("ma–pe 8–16");
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("ma–to 9–15");
        await Expect(plannerEditor.GetByTestId("save-row")).ToBeDisabledAsync();
        await OfficesUi.AssertAccessibleAsync(Page);

        await conflict.GetByTestId("keep-theirs").ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(plannerEditor.GetByLabel("Aukioloajat")).ToHaveValueAsync("ma–pe 8–16");
        await plannerEditor.GetByTestId("save-row").ClickAsync();
        await Expect(plannerEditor).ToHaveCountAsync(0);
        await Expect(OfficeRow(Page)).ToContainTextAsync("ma–pe 8–16");

        // Round 2: the administrator changes the address meanwhile; the planner knowingly saves theirs over it.
        await admin.ReloadAsync();
        await Interactive.ReadyAsync(admin);
        plannerEditor = await EditAsync(Page);
        adminEditor = await EditAsync(admin);
        await OfficesUi.FillAsync(adminEditor.GetByLabel("Osoite"), "Rauhankatu 20, Porvoo");
        await adminEditor.GetByTestId("save-row").ClickAsync();
        await Expect(adminEditor).ToHaveCountAsync(0);
        await OfficesUi.FillAsync(plannerEditor.GetByLabel("Aukioloajat"), "ti 9–12");
        await plannerEditor.GetByTestId("save-row").ClickAsync();

        conflict = plannerEditor.GetByTestId("conflict");
        await Expect(conflict.Locator("tr.diff")).ToHaveCountAsync(2);
        await Expect(conflict).ToContainTextAsync("Rauhankatu 20, Porvoo");
        await conflict.GetByTestId("save-mine").ClickAsync();
        await Expect(plannerEditor).ToHaveCountAsync(0);
        await Expect(OfficeRow(Page)).ToContainTextAsync("ti 9–12");
        await Expect(OfficeRow(Page)).ToContainTextAsync("Kauppakuja 2, Porvoo");

        // Nothing is lost: the administrator's overwritten address is in the audit log.
        await admin.GotoAsync("/areas/porvoo/audit");
        await Interactive.ReadyAsync(admin);
        await Expect(admin.Locator("main")).ToContainTextAsync("Rauhankatu 20, Porvoo");
    }

    private static string HelsinkiToday =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static ILocator OfficeRow(IPage page) => page.GetByTestId("offices").Locator("tr", new() { HasText = Office });

    private static async Task OpenOfficesAsync(IPage page, string user)
    {
        await SignInPage.SignInAsync(page, user);
        await page.GotoAsync("/areas/porvoo/offices");
        await Interactive.ReadyAsync(page);
    }

    private static async Task<ILocator> EditAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Muokkaa: {Office}" }).ClickAsync();
        var editor = page.GetByTestId("office-editor");
        await Expect(editor.GetByLabel("Nimi", new() { Exact = true })).ToHaveValueAsync(Office);
        return editor;
    }

    private static async Task CreateOfficeAsync(IPage page)
    {
        await page.GetByTestId("add-office").ClickAsync();
        var editor = page.GetByTestId("office-editor");
        await OfficesUi.FillAsync(editor.GetByLabel("Nimi", new() { Exact = true }), Office);
        await editor.GetByTestId("office-municipality").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "638 Porvoo" }).ClickAsync();
        await OfficesUi.FillAsync(editor.GetByLabel("Osoite"), "Kauppakuja 2, Porvoo");
        await editor.GetByTestId("save-row").ClickAsync();
        await Expect(page.GetByTestId("offices")).ToContainTextAsync(Office);
    }
}
