using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.E2E.Tests;

public sealed class IndicatorImportTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Planner_imports_a_pxweb_csv_after_seeing_bad_rows_refused_and_a_preview_of_the_changes()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Indikaattorit" }).ClickAsync();
        await Expect(Page.GetByTestId("indicator-grid").Locator("tr[data-code='638']")).ToContainTextAsync("28 946");
        await Page.GetByTestId("start-import").ClickAsync();

        // A bad file: one area unknown; a suppressed value is missing (never zero), not an error. Nothing may be imported.
        await UploadAsync(new FilePayload
        {
            Name = "bad.csv", MimeType = "text/csv",
            Buffer = "\"Alue\";\"2024 Väestö 31.12.\"\n\"KU638 Porvoo\";\"30100\"\n\"Borgå stad\";\"1\"\n\"KU434 Loviisa\";\"..\"\n"u8.ToArray(),
        }, Page.GetByTestId("import-errors"));
        var errors = Page.GetByTestId("import-errors");
        await Expect(errors).ToContainTextAsync("rivi 3");
        await Expect(Page.GetByTestId("import-lacking")).ToContainTextAsync("Loviisa");
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

    [Fact]
    public async Task Planner_imports_a_published_12r5_json_export_and_sees_broad_unemployment_over_time()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Indikaattorit" }).ClickAsync();
        await Page.GetByTestId("start-import").ClickAsync();

        await UploadAsync(new FilePayload { Name = "12r5.json", MimeType = "application/json", Buffer = StatFiles.Real12r5Excerpt() },
            Page.GetByTestId("import-preview"));
        await Expect(Page.GetByTestId("import-facts")).ToContainTextAsync("KEHA-keskus, Työnvälitystilasto");
        await Expect(Page.GetByTestId("import-facts")).ToContainTextAsync("PxWeb json");
        // Whole country, sub-region and ELY rows are skipped; Askola's suppressed coaching figure is listed, not zero.
        await Expect(Page.GetByTestId("import-skipped")).ToContainTextAsync("SSS");
        await Expect(Page.GetByTestId("import-lacking")).ToContainTextAsync("Askola");
        var porvoo = Page.GetByTestId("import-preview").Locator("tr[data-code='638']").Filter(new() { HasText = "Työttömät työnhakijat" });
        await Expect(porvoo).ToContainTextAsync("2 762");
        await Axe.AssertNoViolationsAsync(Page);
        await Page.GetByTestId("import-confirm").ClickAsync();
        await Expect(Page.GetByTestId("indicator-import")).Not.ToBeAttachedAsync();

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Aikasarjat" }).ClickAsync();
        await Expect(Page.GetByTestId("series-table")).ToBeVisibleAsync();
        var from = Page.GetByLabel("Vuodesta");
        await from.FillAsync("2026");
        await from.PressAsync("Tab");
        // Broad unemployment, Porvoo, 6/2026: 2 762 unemployed + 56 + 27 + 175 + 0 + 191 in services.
        await Expect(Page.GetByTestId("series-table")).ToContainTextAsync("3 211");
        await Expect(Page.GetByTestId("series-xlsx")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("broad-unemployment/series.xlsx"));
        await Axe.AssertNoViolationsAsync(Page);

        // Usable at 390 px: nothing of the view reaches beyond the window (the table scrolls inside its own region, the tab
        // bar inside its own).
        await Page.SetViewportSizeAsync(390, 844);
        var beyond = await Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('.mud-main-content *')]
                .filter(e => !e.closest('.table-region, .mud-tabs-tabbar') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' in ' + e.parentElement.className + ' ' + Math.round(e.parentElement.getBoundingClientRect().right)).join(' | ')
            """);
        Assert.True(beyond.Length == 0, $"beyond a 390 px window: {beyond}");
    }

    private Task UploadAsync(FilePayload file, ILocator reaction) =>
        FileInputs.SetUntilSeenAsync(Page.GetByLabel("Valitse tiedosto (CSV tai JSON)"), file, reaction);
}
