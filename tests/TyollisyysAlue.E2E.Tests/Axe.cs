using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>axe-core with the WCAG 2.0/2.1 A and AA rules; a violation fails the test with what and where.</summary>
internal static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await RunWithoutSnackbarAsync(page);
        // A save's snackbar can appear after its visible result, during the run: measure again once it has gone.
        if (result.Violations.Any(v => v.Nodes.Any(n => n.Target.ToString().Contains("mud-snackbar", StringComparison.Ordinal))))
            result = await RunWithoutSnackbarAsync(page);
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}" +
            string.Join(Environment.NewLine, v.Nodes.Select(n => $"    {n.Target}: {Why(n)}"))));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {page.Url}:{Environment.NewLine}{report}");
    }

    /// <summary>A snackbar fading in or out is measured half-transparent: check the page once it has gone.</summary>
    private static async Task<AxeResult> RunWithoutSnackbarAsync(IPage page)
    {
        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        return await page.RunAxe(Wcag21AA);
    }

    private static string Why(AxeResultNode node) =>
        string.Join(" ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message));
}
