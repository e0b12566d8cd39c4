namespace TyollisyysAlue.E2E.Tests;

/// <summary>Base for a browser test: a fresh context and page per test (xUnit makes a new instance per test).</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(AppFixture app) : IAsyncLifetime
{
    private IBrowserContext? _context;

    protected AppFixture App { get; } = app;
    protected IPage Page { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _context = await App.NewContextAsync();
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
    }

    /// <summary>Nothing of the page reaches beyond a phone's width (wide tables scroll in their own region).</summary>
    protected async Task AssertFitsAsync(int width)
    {
        await Page.SetViewportSizeAsync(width, 844);
        var beyond = await Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('.mud-main-content *')]
                .filter(e => !e.closest('.table-region') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')
            """);
        Assert.True(beyond.Length == 0, $"beyond a {width} px window: {beyond}");
    }
}
