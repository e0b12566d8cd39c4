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
}
