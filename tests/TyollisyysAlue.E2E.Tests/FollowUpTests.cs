namespace TyollisyysAlue.E2E.Tests;

public sealed class FollowUpTests(AppFixture app) : BrowserTest(app)
{
    /// <summary>
    /// A planner imports March, maps the unmapped account with a rule from the preview, saves, and sees the forecast flag
    /// (2 M€ in a quarter runs at 8 M€ a year against 5,95 M€); a committee member opens the dashboard and downloads the report.
    /// </summary>
    [Fact]
    public async Task Planner_imports_a_month_and_maps_an_account_then_the_committee_reads_the_dashboard_and_report()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/follow-up?year=2025");
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("follow-up-expense")).ToContainTextAsync("Henkilöstökulut (85 htv)");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kirjanpidon tuonti" }).ClickAsync();
        await UploadAsync(new FilePayload
        {
            Name = "kirjanpito-2025-03.csv", MimeType = "text/csv",
            Buffer = "Tili;Kustannuspaikka;Kirjauspäivä;Summa;Selite\n5110;2100;15.3.2025;1 500 000,00;Palkat\n5120;2100;31.3.2025;\"500 000,00\";Sivukulut\n"u8.ToArray(),
        }, Page.GetByTestId("ledger-unmapped"));
        await Expect(Page.GetByTestId("ledger-confirm")).ToBeDisabledAsync();
        await Axe.AssertNoViolationsAsync(Page);

        // Two accounts, no rules yet: a rule for each from the preview.
        foreach (var account in new[] { "5110", "5120" })
        {
            // The first unmapped account's select, once the preview no longer lists the account mapped before it.
            var addRule = Page.GetByRole(AriaRole.Button, new() { Name = $"Lisää sääntö tilille {account}" });
            await Page.GetByTestId("ledger-unmapped").GetByLabel("Budjettirivi").First.ClickAsync();
            await Page.GetByRole(AriaRole.Option, new() { Name = "Henkilöstökulut (85 htv)" }).ClickAsync();
            await Expect(addRule).ToBeEnabledAsync();
            await addRule.ClickAsync();
            await Expect(addRule).Not.ToBeAttachedAsync();
        }
        await Expect(Page.GetByTestId("ledger-unmapped")).Not.ToBeAttachedAsync();
        await Expect(Page.GetByTestId("ledger-preview")).ToContainTextAsync("2 000 000,00 €");
        await Page.GetByTestId("ledger-confirm").ClickAsync();
        await Expect(Page.GetByText("2 kirjausta tuotu tiedostosta kirjanpito-2025-03.csv.")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Talouden seuranta" }).ClickAsync();
        await Expect(Page.GetByTestId("through-month")).ToContainTextAsync("3/2025");
        var staff = Page.GetByTestId("follow-up-line").Filter(new() { HasText = "Henkilöstökulut (85 htv)" });
        await Expect(staff).ToContainTextAsync("8 000 000,00 €");
        await Expect(staff.GetByTestId("forecast-flag")).ToContainTextAsync("Ennuste ylittää talousarvion");
        await Axe.AssertNoViolationsAsync(Page);

        await Page.SetViewportSizeAsync(390, 844);
        var beyond = await Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('.mud-main-content *')]
                .filter(e => !e.closest('.table-region, .mud-tabs-tabbar') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 5).map(e => e.tagName + '.' + e.className).join(' | ')
            """);
        Assert.True(beyond.Length == 0, $"beyond a 390 px window: {beyond}");

        await using var committeeContext = await App.NewContextAsync();
        var committee = await committeeContext.NewPageAsync();
        await SignInPage.SignInAsync(committee, "committee.porvoo@example.fi");
        await committee.GotoAsync("/areas/porvoo");
        await Interactive.ReadyAsync(committee);
        await Expect(committee.GetByTestId("dashboard-budget")).ToContainTextAsync("Henkilöstökulut (85 htv)");
        await Expect(committee.GetByTestId("dashboard-payments")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(committee);
        var download = await committee.RunAndWaitForDownloadAsync(() => committee.GetByTestId("report-pdf").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("2025-03", download.SuggestedFilename, StringComparison.Ordinal);
    }

    /// <summary>InputFile listens only once its script has run; set the file again until the page reacts.</summary>
    private async Task UploadAsync(FilePayload file, ILocator reaction)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Page.GetByLabel("Tiedosto").SetInputFilesAsync(file);
            try
            {
                await reaction.First.WaitForAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) { }
        }
        await Expect(reaction.First).ToBeVisibleAsync();
    }
}
