using Microsoft.AspNetCore.Hosting;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// The app factory for a real browser: static web assets (blazor.web.js, MudBlazor's CSS and JS, scoped CSS) are
/// served from the build output's manifest, as in Development; without it the "Testing" environment answers 500.
/// </summary>
public sealed class BrowserAppFactory(TestDatabase database, IReadOnlyDictionary<string, string> settings) : AppFactory(database)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.UseStaticWebAssets();
    }
}
