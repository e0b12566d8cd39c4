using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>The services page in the browser: a planner's offering and procurement line, and axe on every tab.</summary>
public sealed class ServicesTests(AppFixture app) : BrowserTest(app)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Planner_adds_a_service_and_a_procurement_line_that_gets_the_threshold_warning()
    {
        // Kuopio, so that no other browser test reads these rows (tests share one database).
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Page.GotoAsync("/areas/kuopio/services?year=2025&tab=1");
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("add-offering").ClickAsync();

        var editor = Page.GetByTestId("offering-editor");
        await Page.GetByTestId("save-offering").ClickAsync();
        await Expect(editor).ToContainTextAsync("Valitse tuotantotapa.");
        await editor.GetByLabel("Palvelu").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Työkokeilu (T)", Exact = true }).ClickAsync();
        await editor.GetByLabel("Tuotantotapa").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Ostopalvelu", Exact = true }).ClickAsync();
        await editor.GetByLabel("Kustannus (€)").FillAsync("450000");
        await Page.GetByTestId("save-offering").ClickAsync();
        await Expect(Page.GetByTestId("offerings")).ToContainTextAsync("Työkokeilu");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Hankintasuunnitelma" }).ClickAsync();
        await Page.GetByTestId("add-procurement").ClickAsync();
        var line = Page.GetByTestId("procurement-editor");
        await line.GetByLabel("Palvelu").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Työkokeilu – Ostopalvelu", Exact = true }).ClickAsync();
        await line.GetByLabel("Arvioitu arvo (€)").FillAsync("450000");
        await line.GetByLabel("Arvioitu arvo (€)").PressAsync("Tab");
        await line.GetByLabel("Menettely").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Pienhankinta", Exact = true }).ClickAsync();
        await Expect(line.GetByTestId("editor-flag-ThresholdWithBelowThresholdProcedure")).ToBeVisibleAsync();
        await Page.GetByTestId("save-procurement").ClickAsync();

        var row = Page.GetByTestId("procurement-row").Filter(new() { HasText = "Työkokeilu" });
        await Expect(row).ToContainTextAsync("Varoitukset: 1");
        await Expect(Page.GetByTestId("flag-ThresholdWithBelowThresholdProcedure")).ToHaveCountAsync(3);
        await Expect(Page.GetByTestId("flag-count-ThresholdWithBelowThresholdProcedure")).ToContainTextAsync(": 3");
    }

    [Fact]
    public async Task Services_page_has_no_WCAG_AA_violations_on_any_tab()
    {
        // Kuopio's plan has threshold warnings, so their colours are checked too.
        await SignInPage.SignInAsync(Page, "admin.kuopio@example.fi");
        await Page.GotoAsync("/areas/kuopio/services?year=2025");
        await Expect(Page.GetByTestId("map-FindingWorkAndWorkers")).ToBeVisibleAsync();
        await Interactive.ReadyAsync(Page);
        await AssertNoViolationsAsync();
        foreach (var (tab, content) in new[] { ("Alueen palvelut 2025", "offerings"), ("Yhteenveto", "summary-mode"), ("Hankintasuunnitelma", "procurement-lines") })
        {
            await Page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await Expect(Page.GetByTestId(content)).ToBeVisibleAsync();
            await AssertNoViolationsAsync();
        }
        await Page.GetByTestId("add-procurement").ClickAsync();
        await Expect(Page.GetByTestId("procurement-editor")).ToBeVisibleAsync();
        await AssertNoViolationsAsync();
    }

    private async Task AssertNoViolationsAsync()
    {
        var result = await Page.RunAxe(Wcag21AA);
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}" +
            string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}: {Why(n)}"))));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {Page.Url}:{Environment.NewLine}{report}");
    }

    private static string Why(AxeResultNode node) =>
        string.Join(" ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message));
}
