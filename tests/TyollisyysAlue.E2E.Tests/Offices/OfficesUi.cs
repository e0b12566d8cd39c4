namespace TyollisyysAlue.E2E.Tests.Offices;

/// <summary>Helpers of the offices, staffing and partners browser tests: typing that survives the first render, axe WCAG 2.1 AA.</summary>
internal static class OfficesUi
{
    /// <summary>Types into a field and leaves it; types again if a re-render put the old value back first.</summary>
    public static async Task FillAsync(ILocator field, string value)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await field.FillAsync(value);
            await field.PressAsync("Tab");
            await Task.Delay(200);
            // Finnish number formatting shows a minus sign (U+2212) for a typed hyphen.
            if ((await field.InputValueAsync()).Replace('\u2212', '-') == value) return;
        }
        Assert.Equal(value, (await field.InputValueAsync()).Replace('\u2212', '-'));
    }

    public static Task AssertAccessibleAsync(IPage page) => Axe.AssertNoViolationsAsync(page);
}
