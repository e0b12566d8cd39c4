using Microsoft.Playwright;

namespace TyollisyysAlue.TwoNode;

/// <summary>Debian's Chromium, headless (never Playwright's download); CHROMIUM_PATH points elsewhere where needed.</summary>
public static class Browser
{
    private static readonly string ExecutablePath =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        File.Exists(ExecutablePath)
            ? playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath, Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            })
            : throw new InvalidOperationException($"No Chromium at {ExecutablePath}: apt-get install chromium (not 'playwright install').");
}
