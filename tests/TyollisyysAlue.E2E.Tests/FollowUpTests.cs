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

    /// <summary>
    /// A planner gives the grants line (60 000 €) a profile in euros — 10 000 € in January, nothing in February — sees
    /// the months' budget change, imports a January booking for the line and opens its ledger rows from the month cell.
    /// Another line than the first test's, so either may run first.
    /// </summary>
    [Fact]
    public async Task Planner_profiles_a_line_by_month_and_drills_into_a_months_bookings()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/follow-up?year=2025");
        await Interactive.ReadyAsync(Page);
        var grants = Page.GetByTestId("follow-up-line").Filter(new() { HasText = "Avustukset" });
        await Expect(grants.GetByTestId("profile-state")).ToHaveTextAsync("tasaisesti jaettu");

        await grants.GetByTestId("profile-edit").ClickAsync();
        var editor = Page.GetByTestId("profile-editor");
        await editor.GetByLabel("Kuukausibudjetti").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Euroina" }).ClickAsync();
        await FillNumberAsync("profile-month-1", "10000");
        await FillNumberAsync("profile-month-2", "0");
        await Expect(editor.GetByTestId("profile-total")).ToContainTextAsync("Yhteensä 60 000,00 €, suunniteltu 60 000,00 €");
        await Axe.AssertNoViolationsAsync(Page);
        await editor.GetByTestId("profile-save").ClickAsync();
        await Expect(editor).Not.ToBeAttachedAsync();
        await Expect(grants.GetByTestId("profile-state")).ToHaveTextAsync("oma jaksotus");
        var monthRow = Page.GetByTestId("follow-up-months").Locator("tr").Filter(new() { HasText = "Avustukset" });
        await Expect(monthRow.Locator("td").Nth(0)).ToContainTextAsync("10 000,00");
        await Expect(monthRow.Locator("td").Nth(1)).ToContainTextAsync("0,00");

        // A January booking on an account of its own, mapped to the line from the preview.
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kirjanpidon tuonti" }).ClickAsync();
        await UploadAsync(new FilePayload
        {
            Name = "kirjanpito-2025-01-avustukset.csv", MimeType = "text/csv",
            Buffer = "Tili;Kustannuspaikka;Kirjauspäivä;Summa;Selite\n5790;2100;14.1.2025;1 234,56;Yhdistysavustus\n"u8.ToArray(),
        }, Page.GetByTestId("ledger-unmapped"));
        var addRule = Page.GetByRole(AriaRole.Button, new() { Name = "Lisää sääntö tilille 5790" });
        await Page.GetByTestId("ledger-unmapped").GetByLabel("Budjettirivi").First.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Avustukset", Exact = true }).ClickAsync();
        await Expect(addRule).ToBeEnabledAsync();
        await addRule.ClickAsync();
        await Expect(Page.GetByTestId("ledger-unmapped")).Not.ToBeAttachedAsync();
        await Page.GetByTestId("ledger-confirm").ClickAsync();
        await Expect(Page.GetByText("1 kirjausta tuotu tiedostosta kirjanpito-2025-01-avustukset.csv.")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Talouden seuranta" }).ClickAsync();
        await monthRow.Locator("td").Nth(0).Locator("a").ClickAsync();
        var rows = Page.GetByTestId("ledger-rows");
        await Expect(rows).ToContainTextAsync("14.1.2025");
        await Expect(rows).ToContainTextAsync("5790");
        await Expect(rows).ToContainTextAsync("Yhdistysavustus");
        await Expect(rows).ToContainTextAsync("1 234,56 €");
        await Axe.AssertNoViolationsAsync(Page);
    }

    /// <summary>Types a figure into a number field of the profile and leaves the field.</summary>
    private async Task FillNumberAsync(string testId, string value)
    {
        var field = Page.Locator($"[data-testid={testId}] input, input[data-testid={testId}]");
        await field.FillAsync(value);
        await field.PressAsync("Tab");
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
