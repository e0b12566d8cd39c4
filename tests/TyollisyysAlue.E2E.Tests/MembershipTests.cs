namespace TyollisyysAlue.E2E.Tests;

public sealed class MembershipTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Administrator_adds_a_municipality_from_next_year_sees_the_workforce_check_and_the_change_in_the_audit_log()
    {
        var nextYear = DateTime.Now.Year + 1;
        await SignInPage.SignInAsync(Page, "admin.espoo@example.fi");
        await Page.GotoAsync("/areas/espoo-kauniainen/municipalities");
        await Interactive.ReadyAsync(Page);
        var editor = Page.GetByTestId("membership-editor");

        // Nothing chosen: each refusal is beside its field and nothing is saved.
        await editor.GetByTestId("join-save").ClickAsync();
        await Expect(editor).ToContainTextAsync("Anna päätös, johon jäsenyys perustuu.");

        await editor.GetByTestId("join-municipality").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "753 Sipoo" }).ClickAsync();
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Alkaen"), $"1.1.{nextYear}");
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Päätös (toimielin, päivämäärä, §)"), "Sipoon kunnanvaltuusto 1.6.2026 § 10 (testi)");
        await editor.GetByTestId("join-save").ClickAsync();

        await Expect(Page.GetByTestId("membership-history").Locator("tr[data-code='753']")).ToContainTextAsync($"1.1.{nextYear}");
        await Expect(Page.GetByTestId("workforce-check").Locator($"tr[data-year='{nextYear}']")).ToBeVisibleAsync();

        await Page.GotoAsync("/areas/espoo-kauniainen/audit");
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("audit-entries")).ToContainTextAsync("Sipoon kunnanvaltuusto 1.6.2026 § 10 (testi)");
        await Expect(Page.GetByTestId("audit-entries")).ToContainTextAsync("Eero Esbo"); // who by name, not by e-mail address
    }
}
