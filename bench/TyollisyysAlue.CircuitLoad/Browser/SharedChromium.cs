using Microsoft.Playwright;

namespace TyollisyysAlue.CircuitLoad.Browser;

/// <summary>
/// The one Chromium process of a run (Debian's, headless; Playwright's own download is never used): every simulated
/// user gets a browser context of its own in it (own cookies, own tab, own circuit), which costs far less than a
/// browser per user.
/// </summary>
public sealed class SharedChromium : IAsyncDisposable
{
    /// <summary>Debian's Chromium, or CHROMIUM_PATH where it lives elsewhere.</summary>
    public static readonly string ExecutablePath =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage",
        // Many tabs are in the background as far as Chromium knows: keep their timers and rendering at full speed.
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ];

    private readonly IPlaywright _playwright;

    private SharedChromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<SharedChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"The browser driver needs Debian's Chromium at {ExecutablePath} ('apt-get install chromium'); it never downloads one.");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
            return new SharedChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
