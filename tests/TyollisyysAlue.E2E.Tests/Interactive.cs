namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Pages are prerendered, then the Blazor circuit takes over; clicks before that do nothing. The layout marks
/// <c>main[data-interactive]</c> once the circuit has rendered, so tests wait for it instead of sleeping.
/// </summary>
internal static class Interactive
{
    public static Task ReadyAsync(IPage page) => Expect(page.Locator("main[data-interactive='true']")).ToBeAttachedAsync();

    /// <summary>Opens an app-bar menu (a MudMenu) and chooses one of its items.</summary>
    public static async Task ChooseAsync(IPage page, string menuTestId, string itemTestId)
    {
        await ReadyAsync(page);
        await page.GetByTestId(menuTestId).GetByRole(AriaRole.Button).First.ClickAsync();
        await page.GetByTestId(itemTestId).ClickAsync();
    }
}
