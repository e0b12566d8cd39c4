namespace TyollisyysAlue.E2E.Tests;

public sealed class IndicatorImportTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Planner_imports_a_pxweb_csv_after_seeing_bad_rows_refused_and_a_preview_of_the_changes()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Indikaattorit" }).ClickAsync();
        await Expect(Page.GetByTestId("indicator-grid").Locator("tr[data-code='638']")).ToContainTextAsync("28 946");
        await Page.GetByTestId("start-import").ClickAsync();

        // A bad file: one municipality unknown, one value not a number. Nothing may be imported.
        await UploadAsync(new FilePayload
        {
            Name = "bad.csv", MimeType = "text/csv",
            Buffer = "\"Alue\";\"2024 Väestö 31.12.\"\n\"KU638 Porvoo\";\"30100\"\n\"Borgå stad\";\"1\"\n\"KU434 Loviisa\";\"..\"\n"u8.ToArray(),
        }, Page.GetByTestId("import-errors"));
        var errors = Page.GetByTestId("import-errors");
        await Expect(errors).ToContainTextAsync("Rivi 3");
        await Expect(errors).ToContainTextAsync("Rivi 4");
        await Expect(Page.GetByTestId("import-confirm")).ToBeDisabledAsync();

        await UploadAsync(new FilePayload
        {
            Name = "11re.csv", MimeType = "text/csv",
            Buffer = "\"Alue\";\"2024 Väestö 31.12.\"\n\"KU638 Porvoo\";\"30100\"\n\"KU049 Espoo\";\"200000\"\n"u8.ToArray(),
        }, Page.GetByTestId("import-preview").Locator("text=30 100"));
        await Expect(Page.GetByTestId("import-summary")).ToContainTextAsync("muuttuvia 1");
        await Expect(Page.GetByTestId("import-preview")).ToContainTextAsync("30 100");
        await Page.GetByTestId("import-confirm").ClickAsync();

        await Expect(Page.GetByTestId("indicator-grid").Locator("tr[data-code='638']")).ToContainTextAsync("30 100");
    }

    private Task UploadAsync(FilePayload file, ILocator reaction) =>
        FileInputs.SetUntilSeenAsync(Page.GetByLabel("Valitse CSV-tiedosto"), file, reaction);
}
