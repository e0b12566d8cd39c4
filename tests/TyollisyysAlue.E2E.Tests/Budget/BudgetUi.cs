using TyollisyysAlue.E2E.Tests.Offices;

namespace TyollisyysAlue.E2E.Tests.Budget;

/// <summary>The budget tab as a planner uses it: open it, add a line, open a line's editor.</summary>
internal static class BudgetUi
{
    /// <param name="year">A year whose key the seed data has (2025), for a test that must not depend on another test creating one.</param>
    public static async Task OpenAsync(IPage page, string user, int? year = null)
    {
        // Two browsers and two circuits at once on a shared two-core machine: allow each step more time.
        page.Context.SetDefaultTimeout(30_000);
        await SignInPage.SignInAsync(page, user);
        // The seeded budget's year: the page opens on the clock's year, which has no key once the calendar has moved on.
        await page.GotoAsync($"/areas/porvoo/budget?year={year ?? 2025}");
        await Interactive.ReadyAsync(page);
        try { await page.GetByRole(AriaRole.Tab, new() { Name = "Talousarvio" }).ClickAsync(); }
        catch (TimeoutException)
        {
            // Say what the page showed instead (an error card, no key for the year) rather than only "timeout".
            throw new Xunit.Sdk.XunitException("The budget page has no budget tab; it says: " + await page.Locator("main").InnerTextAsync());
        }
    }

    /// <summary>A 0 € operating cost: a line of the test's own that changes no total other tests check.</summary>
    public static async Task AddZeroLineAsync(IPage page, string label)
    {
        var editor = await StartLineAsync(page, label);
        await editor.GetByTestId("save-line").ClickAsync();
        await Expect(Line(page, label)).ToHaveCountAsync(1);
    }

    /// <summary>The add-line editor filled in (not saved): label, operating costs, 0 €.</summary>
    public static async Task<ILocator> StartLineAsync(IPage page, string label)
    {
        await page.GetByTestId("add-line").ClickAsync();
        var editor = page.GetByTestId("line-editor");
        await OfficesUi.FillAsync(editor.GetByLabel("Selite"), label);
        await editor.GetByLabel("Luokka").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Toimintakulut" }).ClickAsync();
        await OfficesUi.FillAsync(editor.GetByLabel("Määrä (€)"), "0");
        return editor;
    }

    public static async Task<ILocator> EditAsync(IPage page, string label)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Muokkaa riviä {label}", Exact = true }).ClickAsync();
        var editor = page.GetByTestId("line-editor");
        await Expect(editor.GetByLabel("Selite")).ToHaveValueAsync(label);
        return editor;
    }

    public static ILocator Line(IPage page, string label) =>
        page.GetByTestId("lines-expense").Locator("tbody tr").Filter(new() { Has = page.GetByText(label, new() { Exact = true }) });
}
