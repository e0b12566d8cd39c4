namespace TyollisyysAlue.E2E.Tests.Offices;

/// <summary>Production areas in the browser: Porvoo has none in its plan, so a planner builds one there.</summary>
public sealed class ProductionAreaBrowserTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_planner_adds_a_production_area_with_units_and_the_shares_update()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/offices?tab=production");
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("no-production-areas")).ToBeVisibleAsync();

        await Page.GetByTestId("add-group").ClickAsync();
        var groupEditor = Page.GetByTestId("group-editor");
        await OfficesUi.FillAsync(groupEditor.GetByLabel("Henkilöstöarvio vähintään (htv)"), "3");
        await OfficesUi.FillAsync(groupEditor.GetByLabel("Henkilöstöarvio enintään (htv)"), "2");
        await groupEditor.GetByTestId("save-row").ClickAsync();
        await Expect(groupEditor).ToContainTextAsync("Anna tuotantoalueen nimi.");
        await Expect(groupEditor).ToContainTextAsync("Henkilöstöarvion yläraja ei voi olla alarajaa pienempi.");
        await OfficesUi.AssertAccessibleAsync(Page);

        await OfficesUi.FillAsync(groupEditor.GetByLabel("Tuotantoalueen nimi"), "Itä-Uusimaa (testi)");
        await OfficesUi.FillAsync(groupEditor.GetByLabel("Henkilöstöarvio enintään (htv)"), "4");
        await groupEditor.GetByTestId("save-row").ClickAsync();
        await Expect(groupEditor).ToHaveCountAsync(0);

        await AddUnitAsync("434 Loviisa", "120");
        var table = Page.GetByTestId("production-areas");
        await Expect(table.Locator("tr[data-unit='Loviisa']")).ToContainTextAsync("100,0 %");
        await AddUnitAsync("407 Lapinjärvi", "30");

        await Expect(table.Locator("tr[data-unit='Loviisa']")).ToContainTextAsync("80,0 %");
        await Expect(table.Locator("tr[data-unit='Lapinjärvi']")).ToContainTextAsync("20,0 %");
        var total = table.Locator("tr[data-group='Itä-Uusimaa (testi)']");
        await Expect(total).ToContainTextAsync("150");
        await Expect(total).ToContainTextAsync("3–4");
        await Expect(total).ToContainTextAsync("38–50"); // 150 jobseekers / 4 and / 3 person-years
        await Expect(Page.GetByTestId("area-jobseekers")).ToHaveTextAsync("150");

        // The same municipality twice is refused on its field.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lisää kunta tai alue: Itä-Uusimaa (testi)" }).ClickAsync();
        var unitEditor = Page.GetByTestId("unit-editor");
        await ChooseMunicipalityAsync(unitEditor, "434 Loviisa");
        await unitEditor.GetByTestId("save-row").ClickAsync();
        await Expect(unitEditor).ToContainTextAsync("Kunta kuuluu jo tuotantoalueeseen");
        await OfficesUi.AssertAccessibleAsync(Page);
    }

    private async Task AddUnitAsync(string municipality, string jobseekers)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lisää kunta tai alue: Itä-Uusimaa (testi)" }).ClickAsync();
        var editor = Page.GetByTestId("unit-editor");
        await ChooseMunicipalityAsync(editor, municipality);
        await OfficesUi.FillAsync(editor.GetByLabel("Työnhakijat"), jobseekers);
        await editor.GetByTestId("save-row").ClickAsync();
        await Expect(editor).ToHaveCountAsync(0);
    }

    private async Task ChooseMunicipalityAsync(ILocator editor, string name)
    {
        await editor.GetByTestId("unit-municipality").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = name }).ClickAsync();
    }
}
