using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace TyollisyysAlue.E2E.Tests.Offices;

/// <summary>Helpers of the offices, staffing and partners browser tests: typing that survives the first render, axe WCAG 2.1 AA.</summary>
internal static class OfficesUi
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

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

    public static async Task AssertAccessibleAsync(IPage page)
    {
        // A snackbar fading in or out is measured half-transparent; check the page once it has gone.
        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        var result = await page.RunAxe(Wcag21AA);
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}" + string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}: {n.Html}"))));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {page.Url}:{Environment.NewLine}{report}");
    }
}
