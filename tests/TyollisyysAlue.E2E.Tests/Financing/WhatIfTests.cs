namespace TyollisyysAlue.E2E.Tests.Financing;

public sealed class WhatIfTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Committee_member_reads_the_net_position_then_builds_a_leave_sees_the_workforce_warning_and_exports_it()
    {
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/net-position?year=2025");
        await Interactive.ReadyAsync(Page);

        await Expect(Page.GetByTestId("net-position").Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(Page.GetByTestId("net-position").Locator("tr[data-member='616']")).ToContainTextAsync("arvio");
        await Expect(Page.GetByTestId("net-trace")).ToContainTextAsync("Nettokustannus:");
        await Expect(Page.GetByTestId("demo-data")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await AssertFitsAsync(390);

        await Page.SetViewportSizeAsync(1280, 900);
        await Page.GetByTestId("open-what-if").ClickAsync();
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("leaver").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Porvoo", Exact = true }).ClickAsync();
        await Page.GetByTestId("add-leave").ClickAsync();

        await Expect(Page.GetByTestId("workforce-warning")).ToContainTextAsync("alle lain 380/2023 12 §:n vähimmäismäärän 20 000");
        var table = Page.GetByTestId("what-if-table");
        await Expect(table.Locator("tr[data-member='638'] [data-testid='scenario-payment']")).ToHaveTextAsync("–");
        // The same 12 970 000 € is now paid by the five others.
        await Expect(Page.GetByTestId("scenario-total")).ToContainTextAsync("12 970 000,00 €");
        await Expect(table.Locator("tr[data-member='434']")).ToContainTextAsync("%");

        await Page.GetByLabel("Skenaarion nimi").FillAsync("Porvoo eroaa " + Guid.NewGuid().ToString()[..6]);
        await Page.Keyboard.PressAsync("Tab");
        await Page.GetByTestId("save-scenario").ClickAsync();
        await Expect(Page.GetByTestId("scenario-status")).ToContainTextAsync("Alueen omat tiedot eivät muuttuneet");
        await Axe.AssertNoViolationsAsync(Page);

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("export-scenario").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path!).Length > 1000);

        // The agenda appendix: tagged PDF with the warning and the scenario's total.
        var pdf = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("export-scenario-pdf").ClickAsync());
        Assert.EndsWith(".pdf", pdf.SuggestedFilename, StringComparison.Ordinal);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.PathAsync()))
        {
            var text = string.Concat(string.Concat(document.GetPages().Select(p => p.Text)).Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains("allelain380/2023", text, StringComparison.Ordinal);
            Assert.Contains("12970000,00", text, StringComparison.Ordinal);
            Assert.Contains("Porvooeroaa", text, StringComparison.Ordinal);
        }
        // The what-if page at 390 px is not yet checked: its change buttons and the warning still reach beyond it (see the report).
    }
}
