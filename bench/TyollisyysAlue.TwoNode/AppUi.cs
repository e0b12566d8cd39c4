using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TyollisyysAlue.TwoNode;

/// <summary>
/// The app as a planner uses it, found by the same labels and test ids as the browser tests (tests/…E2E.Tests:
/// SignInPage, BudgetUi, PlanEditor; not referenced from bench, so the few steps needed are here).
/// </summary>
public static class AppUi
{
    public const string User = "planner.porvoo@example.fi";
    private const string Password = "Demo-salasana-2025";

    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Sähköposti").FillAsync(User);
        await page.GetByLabel("Salasana").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>The layout marks main[data-interactive] once the circuit has rendered: clicks before that do nothing.</summary>
    public static Task InteractiveAsync(IPage page) => Expect(page.Locator("main[data-interactive='true']")).ToBeAttachedAsync();

    /// <summary>The demo budget's year (the page opens on the clock's year, which has no demo data).</summary>
    public static async Task OpenBudgetAsync(IPage page)
    {
        await page.GotoAsync("/areas/porvoo/budget?year=2025");
        await InteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Talousarvio" }).ClickAsync();
    }

    /// <summary>Adds a 0 € operating-cost line and returns once the saved line is in the table (the save confirmed).</summary>
    public static async Task AddLineAsync(IPage page, string label)
    {
        await page.GetByTestId("add-line").ClickAsync();
        var editor = page.GetByTestId("line-editor");
        await FillAsync(editor.GetByLabel("Selite"), label);
        await editor.GetByLabel("Luokka").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Toimintakulut" }).ClickAsync();
        await FillAsync(editor.GetByLabel("Määrä (€)"), "0");
        await editor.GetByTestId("save-line").ClickAsync();
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("lines-expense").Locator("tbody tr")
            .Filter(new() { Has = page.GetByText(label, new() { Exact = true }) })).ToHaveCountAsync(1);
    }

    /// <summary>Opens the plan's first section in the editor; returns its number and heading as the outline shows them.</summary>
    public static async Task<string> OpenSectionEditorAsync(IPage page)
    {
        if (!page.Url.Contains("/areas/porvoo/plan", StringComparison.Ordinal)) await page.GotoAsync("/areas/porvoo/plan");
        await InteractiveAsync(page);
        var button = page.GetByTestId("outline").GetByTestId("outline-section").First;
        var section = (await button.Locator("span[lang]").InnerTextAsync()).Trim();
        await button.ClickAsync();
        await Expect(page.GetByTestId("edit-section")).ToBeVisibleAsync();
        await page.GetByTestId("edit-section").ClickAsync();
        await Expect(page.Locator("[data-plan-editor='1'] [data-testid='section-body']")).ToBeAttachedAsync();
        await Expect(page.GetByTestId("section-body")).ToBeEditableAsync();
        return section;
    }

    /// <summary>Replaces the section's text key by key and waits until the editor holds it as the Markdown it keeps.</summary>
    public static async Task TypeAsync(IPage page, string text)
    {
        await page.GetByTestId("section-body").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(text);
        for (var attempt = 0; attempt < 50 && await MarkdownAsync(page) != text; attempt++) await Task.Delay(100);
    }

    public static Task<string> MarkdownAsync(IPage page) =>
        page.GetByTestId("section-body-host").EvaluateAsync<string>("host => host.planEditor.markdown()");

    /// <summary>
    /// After reopening the section: the server's autosaved draft is already in the editor ("draft-restored"), or the
    /// browser's copy is offered ("local-copy") and taken. Returns which one it was.
    /// </summary>
    public static async Task<string> RestoreDraftAsync(IPage page)
    {
        var offer = page.GetByTestId("draft-restored").Or(page.GetByTestId("local-copy"));
        await Expect(offer.First).ToBeVisibleAsync();
        if (await page.GetByTestId("local-copy").CountAsync() > 0)
        {
            await page.GetByTestId("restore-local").ClickAsync();
            return "the browser's copy (typed after the last autosave)";
        }
        return "the server's autosaved draft";
    }

    /// <summary>Types into a field and leaves it, again if a re-render of the freshly interactive page put the old value back.</summary>
    private static async Task FillAsync(ILocator field, string value)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await field.FillAsync(value);
            await field.PressAsync("Tab");
            await Task.Delay(200);
            if ((await field.InputValueAsync()).Replace('\u2212', '-') == value) return;
        }
        await Expect(field).ToHaveValueAsync(value);
    }
}
