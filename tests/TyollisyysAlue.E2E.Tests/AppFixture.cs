using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.TestSupport;

// The browser collections (this one and the organisation sign-in's) one after the other: two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// One run of the app for the whole suite: a private PostgreSQL with the demo data, the app on Kestrel at a free
/// loopback port, and one headless Chromium. Each test gets its own browser context (its own cookies).
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private BrowserAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The SQL commands the app sends (open a window around what you measure).</summary>
    public TyollisyysAlue.Infrastructure.Persistence.Diagnostics.SqlCommandLog Sql => _factory!.Sql;

    /// <summary>The running app's services: for a test's set-up and its checks of what was (not) saved.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not running.");

    /// <summary>Settings of a fixture's own for the app (e.g. the organisation sign-in's), on top of the tests' own.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected virtual string DatabaseName => "tyollisyysalue_e2e";

    /// <summary>Starts what a fixture of its own needs beside the app, once the app's address is known.</summary>
    protected virtual Task AppStartedAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled(); // before anything is started, so nothing is left running
        try
        {
            _database = await TestDatabase.StartAsync(DatabaseName);
            _factory = new BrowserAppFactory(_database, Settings);
            _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            _factory.StartServer();
            var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("Kestrel reported no address.");
            BaseAddress = new Uri(addresses.Addresses.Single());
            await AppStartedAsync();
            // Two cores: the first circuit of a run can take a few seconds to come up.
            SetDefaultExpectTimeout(15_000);
            await WarmUpAsync();
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
        }
        catch
        {
            await DisposeAsync(); // xUnit does not dispose a fixture whose start failed: stop PostgreSQL here
            throw;
        }
    }

    /// <summary>
    /// The first requests of a run compile the sign-in page and load the framework script; on a busy two-core machine
    /// that alone can take longer than a test's timeout, so the first test would fail for the fixture's sake.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        foreach (var path in new[] { "/account/login", "/_framework/blazor.web.js" })
            (await http.GetAsync(path)).EnsureSuccessStatusCode();
    }

    public Task<IBrowserContext> NewContextAsync() =>
        _browser!.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

/// <summary>All browser tests share the one app and browser, and run one at a time (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "browser";
}
