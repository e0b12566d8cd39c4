using System.Diagnostics;
using Microsoft.Playwright;

namespace TyollisyysAlue.TwoNode;

/// <summary>
/// One planner in Chromium through nginx: saves budget lines (each counted once the saved line is on screen), opens
/// a plan section and types text that is not saved; then the node holding the circuit is killed (SIGKILL). The page
/// must reconnect through nginx to the other node with a new circuit, still signed in, the typed text must come back
/// from the draft, and saving must work on the surviving node. The script compares the confirmed saves with the rows
/// in PostgreSQL (results value <c>confirmed_lines</c>).
/// </summary>
public static class Failover
{
    private const string Typed = "Vikasietoteksti: kirjoitettu juuri ennen kuin solmu kaatui.";

    public static async Task RunAsync(Options options, Results results)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { BaseURL = options.Proxy.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        string? documentNode = null; // the node that served the current page, so also its circuit (same affinity cookie)
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document" && response.Headers.TryGetValue("x-node", out var node)) documentNode = node;
        };

        var confirmed = 0;
        try
        {
            await AppUi.SignInAsync(page);
            await AppUi.OpenBudgetAsync(page);
            for (var i = 1; i <= options.Lines; i++)
            {
                await AppUi.AddLineAsync(page, $"{options.Label} {i}");
                confirmed++;
            }
            results.Check("budget lines saved before the kill", confirmed == options.Lines, $"{confirmed} saves confirmed on {documentNode}");

            var section = await AppUi.OpenSectionEditorAsync(page);
            await AppUi.TypeAsync(page, Typed);
            var kept = await AppUi.MarkdownAsync(page) == Typed;
            results.Check("plan text typed (not saved)", kept, $"section \"{section}\" on {documentNode}");

            var victim = documentNode ?? throw new InvalidOperationException("No X-Node on the plan page: is Hosting:NodeName set?");
            var survivor = options.Nodes.Keys.Single(n => n != victim);
            await page.EvaluateAsync("() => window.__beforeKill = true");
            var clock = Stopwatch.StartNew();
            using (var process = Process.GetProcessById(options.Pids[victim])) process.Kill(); // SIGKILL: no goodbye to the circuit
            results.Value("killed_node", victim);
            await NewInteractivePageAsync(page, TimeSpan.FromSeconds(120));
            var failover = clock.Elapsed;
            results.Value("failover_ms", failover.TotalMilliseconds);
            results.Check("reconnected to the other node", documentNode == survivor,
                $"{victim} killed; page reloaded from {documentNode} and interactive after {Results.Ms(failover)}");
            results.Check("still signed in after the failover", !page.Url.Contains("/account/login", StringComparison.Ordinal), page.Url);

            await AppUi.OpenSectionEditorAsync(page);
            var source = await AppUi.RestoreDraftAsync(page);
            var restored = await WaitForMarkdownAsync(page, Typed);
            results.Check("unsaved plan text restored", restored == Typed, $"from {source}: \"{restored}\"");

            await AppUi.OpenBudgetAsync(page);
            for (var i = 1; i <= 2; i++)
            {
                await AppUi.AddLineAsync(page, $"{options.Label} {options.Lines + i}");
                confirmed++;
            }
            results.Check("budget lines saved after the failover", documentNode == survivor, $"2 more saves confirmed on {documentNode}");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            results.Check("browser scenario ran to the end", false, $"{e.GetType().Name}: {e.Message.Split('\n')[0]} (page {page.Url})");
            await page.ScreenshotAsync(new() { Path = Path.ChangeExtension(options.ResultsFile, ".png"), FullPage = true });
        }
        finally
        {
            results.Value("confirmed_lines", confirmed);
        }
    }

    /// <summary>Saves one budget line through nginx (the write after the base backup, for the point-in-time drill).</summary>
    public static async Task WriteLineAsync(Options options, Results results)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = options.Proxy.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        page.Context.SetDefaultTimeout(30_000);
        try
        {
            await AppUi.SignInAsync(page);
            await AppUi.OpenBudgetAsync(page);
            await AppUi.AddLineAsync(page, options.Label);
            results.Check("write after the base backup", true, $"line \"{options.Label}\" saved through nginx");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            results.Check("write after the base backup", false, e.Message.Split('\n')[0]);
        }
    }

    /// <summary>
    /// Until the page has been reloaded (the mark set before the kill is gone) and its new circuit is interactive.
    /// Polls instead of waiting on the page: the reload destroys the context a waiting function would run in.
    /// </summary>
    private static async Task NewInteractivePageAsync(IPage page, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                if (await page.EvaluateAsync<bool>("() => window.__beforeKill === undefined && document.querySelector(\"main[data-interactive='true']\") !== null"))
                    return;
            }
            catch (PlaywrightException)
            {
                // the page is between documents
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The page did not come back interactive within {limit.TotalSeconds} s of the kill.");
    }

    private static async Task<string> WaitForMarkdownAsync(IPage page, string expected)
    {
        var actual = "";
        for (var attempt = 0; attempt < 100 && actual != expected; attempt++)
        {
            actual = await AppUi.MarkdownAsync(page);
            if (actual != expected) await Task.Delay(100);
        }
        return actual;
    }
}
