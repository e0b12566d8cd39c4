namespace TyollisyysAlue.E2E.Tests.Offices;

public sealed class OfficesBrowserTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Adding_an_office_in_Kauniainen_removes_its_no_presence_flag()
    {
        // The Espoo plan names offices in Espoo only, so Kauniainen starts uncovered. Administrators edit as planners do.
        await SignInPage.SignInAsync(Page, "admin.espoo@example.fi");
        await Page.GotoAsync("/areas/espoo-kauniainen/offices?tab=coverage");
        await Interactive.ReadyAsync(Page);
        var kauniainen = Page.GetByTestId("coverage").Locator("tr[data-code='235']");
        await Expect(kauniainen.GetByTestId("no-presence")).ToBeVisibleAsync();
        await OfficesUi.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Toimipisteet" }).ClickAsync();
        await Page.GetByTestId("add-office").ClickAsync();
        var editor = Page.GetByTestId("office-editor");
        await editor.GetByTestId("save-row").ClickAsync();
        await Expect(editor).ToContainTextAsync("Anna toimipisteen nimi.");

        await OfficesUi.FillAsync(editor.GetByLabel("Nimi", new() { Exact = true }), "Kauniaisten palvelutori (testi)");
        await editor.GetByTestId("office-municipality").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "235 Kauniainen" }).ClickAsync();
        await editor.GetByTestId("office-type").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Palvelutori (kunnan tiloissa)" }).ClickAsync();
        await OfficesUi.FillAsync(editor.GetByLabel("Osoite"), "Kauppakuja 1, Kauniainen");
        await OfficesUi.AssertAccessibleAsync(Page);
        await editor.GetByTestId("save-row").ClickAsync();
        await Expect(Page.GetByTestId("offices")).ToContainTextAsync("Kauniaisten palvelutori (testi)");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kattavuus kunnittain" }).ClickAsync();
        await Expect(kauniainen).ToContainTextAsync("Palvelutori");
        await Expect(kauniainen.GetByTestId("no-presence")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Production_areas_show_Kuopios_table_1_shares()
    {
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Page.GotoAsync("/areas/kuopio/offices");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Tuotantoalueet" }).ClickAsync();
        var table = Page.GetByTestId("production-areas");
        await Expect(table).ToContainTextAsync("74,6 %");
        await Expect(table).ToContainTextAsync("77 %");
        await OfficesUi.AssertAccessibleAsync(Page);
    }

    [Fact]
    public async Task A_planner_edits_person_years_and_the_totals_change()
    {
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Page.GotoAsync("/areas/kuopio/staffing");
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("grand-total-value")).ToHaveTextAsync("168");
        await OfficesUi.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Muokkaa: Siilinjärvi, Digitaaliset palvelut" }).ClickAsync();
        var editor = Page.GetByTestId("staff-editor");
        await OfficesUi.FillAsync(editor.GetByLabel("Henkilötyövuodet (htv)"), "-1");
        await editor.GetByTestId("save-row").ClickAsync();
        await Expect(editor).ToContainTextAsync("Luku ei voi olla negatiivinen."); // refused at the field, nothing saved
        await OfficesUi.FillAsync(editor.GetByLabel("Henkilötyövuodet (htv)"), "3,5");
        await editor.GetByTestId("save-row").ClickAsync();

        await Expect(Page.GetByTestId("grand-total-value")).ToHaveTextAsync("170,5");
        await Expect(Page.GetByTestId("area-total")).ToContainTextAsync("144,5");
    }

    [Fact]
    public async Task A_planner_adds_a_partner_with_an_agreement()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/partners");
        await Interactive.ReadyAsync(Page);
        await OfficesUi.AssertAccessibleAsync(Page);
        await Page.GetByTestId("add-partner").ClickAsync();
        var editor = Page.GetByTestId("partner-editor");
        await OfficesUi.FillAsync(editor.GetByLabel("Organisaatio"), "Posintra (testi)");
        await editor.GetByTestId("partner-kind").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Elinkeino- tai kehitysyhtiö" }).ClickAsync();
        await OfficesUi.FillAsync(editor.GetByLabel("Sopimus", new() { Exact = true }), "Yrityspalvelusopimus (testi)");
        await OfficesUi.FillAsync(editor.GetByLabel("Sopimuspäivä"), "1.1.2025");
        await OfficesUi.FillAsync(editor.GetByLabel("Tarkistettava viimeistään"), "1.6.2024");
        await editor.GetByTestId("save-row").ClickAsync();
        await Expect(editor).ToContainTextAsync("Tarkistuspäivä ei voi olla ennen sopimuspäivää.");

        await OfficesUi.FillAsync(editor.GetByLabel("Tarkistettava viimeistään"), "1.1.2030");
        await editor.GetByTestId("save-row").ClickAsync();
        var row = Page.GetByTestId("partners").Locator("tr[data-partner='Posintra (testi)']");
        await Expect(row).ToContainTextAsync("Yrityspalvelusopimus (testi) (1.1.2025)");
        await Expect(row).ToContainTextAsync("1.1.2030");
        await OfficesUi.AssertAccessibleAsync(Page);
    }
}
