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

    /// <summary>
    /// Types into a field and leaves it; if a re-render of the freshly interactive page put the old value back before the
    /// change reached the server, types again (a few times at most) — the tests are about saving, not about that race.
    /// </summary>
    public static async Task FillUntilKeptAsync(ILocator field, string value)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await field.FillAsync(value);
            await field.PressAsync("Tab");
            await Task.Delay(300);
            if (await field.InputValueAsync() == value) return;
        }
        await Expect(field).ToHaveValueAsync(value);
    }
}
