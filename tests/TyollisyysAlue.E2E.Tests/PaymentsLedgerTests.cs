namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Kuopio 2025's payments ledger and revisions (no other browser test reads them): a planner imports an
/// accounts-receivable CSV with a payment from a non-member (row error, nothing saved), fixes it and saves (the paid
/// and open balance change), downloads a member's statement, and cancels a revision with a reason.
/// </summary>
public sealed class PaymentsLedgerTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Planner_imports_payments_fixes_a_bad_row_downloads_a_statement_and_cancels_a_revision()
    {
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Page.GotoAsync("/areas/kuopio/follow-up?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Maksut" }).ClickAsync();
        var kaavi = Page.GetByTestId("payments").Locator("tr").Filter(new() { HasText = "Kaavi" });
        await Expect(kaavi).ToBeVisibleAsync();
        var paidBefore = await kaavi.Locator("td").Nth(3).InnerTextAsync();

        var reference = "E2E-" + Guid.NewGuid().ToString("N")[..8];
        string Csv(string secondPayer) => $"\uFEFFAsiakas;Maksupäivä;Summa;Viite\r\n204;14.3.2025;1 234,56;{reference}-1\r\n{secondPayer};15.3.2025;100,00;{reference}-2\r\n";
        await UploadAsync(Csv("Porvoo"), Page.GetByTestId("payment-row-errors"));
        await Expect(Page.GetByTestId("payment-row-errors")).ToContainTextAsync("Rivi 3, sarake Asiakas: ”Porvoo” ei ole alueen jäsenkunta vuonna 2025.");
        await Expect(Page.GetByTestId("payment-confirm")).ToBeDisabledAsync();
        await Axe.AssertNoViolationsAsync(Page);
        Assert.Equal(paidBefore, await kaavi.Locator("td").Nth(3).InnerTextAsync()); // nothing saved

        await UploadAsync(Csv("Tervo"), Page.GetByTestId("payment-preview"));
        await Expect(Page.GetByTestId("payment-row-errors")).Not.ToBeAttachedAsync();
        await Page.GetByTestId("payment-confirm").ClickAsync();
        await Expect(Page.GetByText("2 maksua tuotu tiedostosta reskontra.csv.")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("payment-preview")).Not.ToBeAttachedAsync();
        await Expect(kaavi.Locator("td").Nth(3)).Not.ToHaveTextAsync(paidBefore);
        await Expect(kaavi).ToContainTextAsync("1 234,56 €");
        await Axe.AssertNoViolationsAsync(Page);

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("statement-204").ClickAsync());
        Assert.EndsWith("-204-2025-fi.pdf", download.SuggestedFilename, StringComparison.Ordinal);

        // A revision recorded by mistake, cancelled with a reason: it stays listed as cancelled.
        await Page.GotoAsync("/areas/kuopio/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kuukausierät" }).ClickAsync();
        var revisions = Page.GetByTestId("revisions");
        await revisions.GetByLabel("Päätös (toimielin, päivä, §)").FillAsync("Jaosto 1.11.2025 § 99");
        await Page.GetByTestId("add-revision").ClickAsync();
        await Expect(Page.GetByTestId("cancel-revision-open")).ToBeVisibleAsync();
        await Page.GetByTestId("cancel-revision-open").ClickAsync();
        await revisions.GetByLabel("Perumisen syy").FillAsync("Kirjattu väärälle vuodelle");
        await Page.GetByTestId("cancel-revision-confirm").ClickAsync();
        await Expect(Page.GetByTestId("revision-cancelled")).ToContainTextAsync("Kirjattu väärälle vuodelle");
        await Expect(Page.GetByTestId("revision-cancelled")).ToContainTextAsync("Maija Monialue"); // by name, not the address
        await Expect(Page.GetByTestId("cancel-revision-open")).Not.ToBeAttachedAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }

    private async Task UploadAsync(string csv, ILocator reaction) =>
        await FileInputs.SetUntilSeenAsync(Page.GetByTestId("payment-file"),
            new FilePayload { Name = "reskontra.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) }, reaction);
}
