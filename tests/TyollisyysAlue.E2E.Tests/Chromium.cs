namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Debian's Chromium, headless. Playwright's own browser download is not used (and cannot run here): a missing
/// browser fails the suite with a message that says what to install, it never skips it.
/// </summary>
internal static class Chromium
{
    /// <summary>Debian's Chromium; CHROMIUM_PATH points elsewhere where needed (GitHub's runners have Google Chrome).</summary>
    public static readonly string ExecutablePath =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ExecutablePath}: install it with 'apt-get install chromium'. " +
                "Do not run 'playwright install'; the tests use the system browser.");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        EnsureInstalled();
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }
}
