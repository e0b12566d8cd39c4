using System.Globalization;
using Microsoft.Playwright;

namespace TyollisyysAlue.CircuitLoad.Browser;

/// <summary>
/// A simulated user in a browser context of the shared Chromium: one tab, one real circuit. Every action waits for
/// what a person would wait for on the page (the interactive marker, a table, the trace's text, the saved row, the
/// autosave's message) and turns a timeout, an error or a lost circuit into <see cref="CircuitActionException"/>.
/// <paramref name="index"/> is the user's number in the run: it makes the user's budget line and plan section its own,
/// so that circuits sharing an account never edit the same row at once.
/// </summary>
public sealed class BrowserCircuitUser(CircuitUserProfile profile, Uri baseUrl, SharedChromium chromium, int index) : ICircuitUser
{
    /// <summary>Two cores shared by the app, PostgreSQL and the browsers: a step may wait this long before it fails.</summary>
    private const float StepTimeoutMs = 30_000;

    private IBrowserContext? _context;
    private IPage? _page;
    private string? _xlsxHref;
    private int _traces;
    private volatile string? _node;

    public CircuitUserProfile Profile { get; } = profile;

    /// <summary>From the <c>X-Node</c> header of the tab's last main-frame document: the node that holds its circuit.</summary>
    public string? Node => _node;

    /// <summary>The label of the budget line this user adds once and then edits (see <see cref="LineLabelOf"/>).</summary>
    public string LineLabel => LineLabelOf(index);

    /// <summary>One line per user number, reused by later runs: the budget does not grow with every run.</summary>
    public static string LineLabelOf(int index) => $"Kuormitustesti {index:D4}";

    private IPage Page => _page ?? throw new CircuitActionException("Not signed in.");
    private string Area => $"/areas/{Profile.AreaSlug}";

    public Task SignInAsync(CancellationToken ct) => StepAsync("sign in", async () =>
    {
        if (_context is not null) await _context.DisposeAsync();
        _context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = baseUrl.ToString(), Locale = "fi-FI", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true,
        });
        _context.SetDefaultTimeout(StepTimeoutMs);
        _page = await _context.NewPageAsync();
        _page.Response += (_, response) =>
        {
            // Playwright lower-cases the header names; a response without it (one server) leaves the node as it was.
            if (response.Request.IsNavigationRequest && response.Frame == _page?.MainFrame
                && response.Headers.TryGetValue("x-node", out var node) && node.Length > 0) _node = node;
        };
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel(UiTexts.Email).FillAsync(Profile.Email);
        await Page.GetByLabel(UiTexts.Password).FillAsync(Profile.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = UiTexts.SignIn, Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await OpenOverviewCoreAsync();
    });

    public Task OpenOverviewAsync(CancellationToken ct) => StepAsync("overview", OpenOverviewCoreAsync);

    private async Task OpenOverviewCoreAsync()
    {
        await GotoInteractiveAsync(Area);
        await Page.GetByTestId("key-facts").WaitForAsync();
    }

    public Task OpenBudgetSplitAsync(CancellationToken ct) => StepAsync("budget split", async () =>
    {
        await GotoInteractiveAsync($"{Area}/budget?year={Profile.Year.ToString(CultureInfo.InvariantCulture)}");
        await Page.GetByTestId("split-table").WaitForAsync();
        // The download link as the page offers it (its key is the year's main key).
        _xlsxHref = await Page.GetByTestId("exports").Locator("a[href*='/export/xlsx']").GetAttributeAsync("href");
    });

    public Task SwitchBudgetTabAsync(CancellationToken ct) => StepAsync("switch tab", async () =>
    {
        await Tab(UiTexts.ScheduleTab).ClickAsync();
        await Page.GetByTestId("schedule-table").WaitForAsync();
        await Tab(UiTexts.SplitTab).ClickAsync();
        await Page.GetByTestId("split-table").WaitForAsync();
    });

    public Task TraceMemberAsync(CancellationToken ct) => StepAsync("trace member", async () =>
    {
        await Page.GetByTestId("trace-select").ClickAsync();
        var options = Page.GetByRole(AriaRole.Option);
        await options.First.WaitForAsync();
        // Another member each time (the first one is shown when the page opens).
        var option = options.Nth((index + ++_traces) % await options.CountAsync());
        var name = (await option.InnerTextAsync()).Trim();
        await option.ClickAsync();
        await Expect(Page.GetByTestId("split-trace").Locator("ol.trace"), name);
    });

    public async Task<decimal> EditAndSaveBudgetLineAsync(CancellationToken ct)
    {
        // A different amount each time (the user's number and the clock), so that every save changes the row.
        var amount = 100m + (index % 100) + (DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond % 100_000) / 100m;
        await StepAsync("edit budget line", async () =>
        {
            await Tab(UiTexts.BudgetTab).ClickAsync();
            await Page.GetByTestId("add-line").WaitForAsync();
            var row = Page.GetByTestId("lines-expense").Locator("tbody tr")
                .Filter(new() { Has = Page.GetByText(LineLabel, new() { Exact = true }) });
            var editor = Page.GetByTestId("line-editor");
            if (await row.CountAsync() == 0)
            {
                await Page.GetByTestId("add-line").ClickAsync();
                await FillKeptAsync(editor.GetByLabel(UiTexts.Label), LineLabel);
                await editor.GetByLabel(UiTexts.Category).ClickAsync();
                await Page.GetByRole(AriaRole.Option, new() { Name = UiTexts.OperatingCosts, Exact = true }).ClickAsync();
            }
            else
            {
                await Page.GetByRole(AriaRole.Button, new() { Name = UiTexts.EditLine(LineLabel), Exact = true }).ClickAsync();
                await editor.WaitForAsync();
            }
            await FillKeptAsync(editor.GetByLabel(UiTexts.Amount), amount.ToString("0.00", CultureInfo.GetCultureInfo("fi-FI")));
            await Page.GetByTestId("save-line").ClickAsync();
            await editor.WaitForAsync(new() { State = WaitForSelectorState.Detached });
            // The saved row shows the amount (compared by its digits: the table writes 1 234,56 € with no-break spaces).
            var digits = Digits(amount.ToString("0.00", CultureInfo.InvariantCulture));
            var shown = "";
            await WaitUntilAsync(async () => await row.CountAsync() == 1 && Digits(shown = await row.Locator("td.num").First.InnerTextAsync()) == digits,
                () => $"the line {LineLabel} with {amount} € (it shows '{shown}')");
        });
        return amount;
    }

    public Task OpenPlanAsync(CancellationToken ct) => StepAsync("plan", async () =>
    {
        await GotoInteractiveAsync($"{Area}/plan");
        await Page.GetByTestId("version-bar").WaitForAsync();
    });

    public Task TypeInPlanSectionAsync(string text, CancellationToken ct) => StepAsync("type in section", async () =>
    {
        if (await Page.GetByTestId("section-editor").CountAsync() > 0)
        {
            // A fresh editor: its status says "autosaved" only after this typing's autosave.
            await Page.GetByTestId("close-editor").ClickAsync();
            await Page.GetByTestId("section-editor").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }
        if (await Page.GetByTestId("edit-section").CountAsync() == 0 && await Page.GetByTestId("counterpart").CountAsync() > 0)
            await Page.GetByTestId("counterpart").ClickAsync(); // the draft may be the other language's version
        var sections = Page.GetByTestId("outline-section");
        await sections.First.WaitForAsync();
        await sections.Nth(index % await sections.CountAsync()).ClickAsync();
        await Page.GetByTestId("edit-section").ClickAsync();
        var body = Page.Locator("[data-plan-editor='1'] [data-testid='section-body']");
        await body.WaitForAsync();
        await TypeKeptAsync(body, text);
        await Expect(Page.GetByTestId("autosave-status"), UiTexts.AutosavedPrefix);
    });

    public async Task<long> DownloadExportAsync(CancellationToken ct)
    {
        long size = 0;
        await StepAsync("export download", async () =>
        {
            if (_xlsxHref is null) throw new CircuitActionException("No split was opened, so there is no export link.");
            // The link is a plain download (no circuit): the context's request client sends the user's cookie as a click would.
            var response = await Page.APIRequest.GetAsync(_xlsxHref);
            var bytes = await response.BodyAsync();
            if (!response.Ok || bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
                throw new CircuitActionException($"The xlsx download answered {response.Status} with {bytes.Length} bytes that are not a workbook.");
            size = bytes.Length;
        });
        return size;
    }

    private ILocator Tab(string name) => Page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });

    private async Task GotoInteractiveAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        if (response is { Ok: false }) throw new CircuitActionException($"{path} answered {response.Status}.");
        if (Page.Url.Contains("/account/login", StringComparison.Ordinal)) throw new CircuitActionException($"{path} sent the user to sign in.");
        await Page.Locator("main[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Replaces the section's text key by key. The editor may still be showing the restored draft when it first takes
    /// keys, which would put the old text back: the editor's own Markdown (what autosave sends) must be the typed text.
    /// </summary>
    private async Task TypeKeptAsync(ILocator body, string text)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await body.ClickAsync();
            await Page.Keyboard.PressAsync("Control+A");
            await Page.Keyboard.PressAsync("Delete");
            await Page.Keyboard.TypeAsync(text);
            for (var poll = 0; poll < 20; poll++)
            {
                if (await Page.GetByTestId("section-body-host").EvaluateAsync<string>("host => host.planEditor.markdown()") == text) return;
                await Task.Delay(100);
            }
        }
        throw new CircuitActionException("The editor did not keep the typed text.");
    }

    private static async Task FillKeptAsync(ILocator field, string value)
    {
        // A re-render of a freshly interactive form may put the old value back before the change reached the server.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await field.FillAsync(value);
            await field.PressAsync("Tab");
            await Task.Delay(200);
            if (Normalized(await field.InputValueAsync()) == Normalized(value)) return;
        }
        throw new CircuitActionException($"The field kept '{await field.InputValueAsync()}' instead of '{value}'.");
    }

    private static Task Expect(ILocator locator, string text) =>
        WaitUntilAsync(async () => await locator.CountAsync() > 0 && (await locator.First.InnerTextAsync()).Contains(text, StringComparison.Ordinal),
            $"'{text}'");

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string what) => WaitUntilAsync(condition, () => what);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(StepTimeoutMs);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new CircuitActionException($"Timed out waiting for {what()}.");
            await Task.Delay(50);
        }
    }

    /// <summary>A field as typed and as shown again: Finnish number formatting adds no-break spaces.</summary>
    private static string Normalized(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    /// <summary>Runs one step; a lost circuit, an error page or a timeout becomes the contract's exception, with the page's address.</summary>
    private async Task StepAsync(string step, Func<Task> action)
    {
        try
        {
            await action();
            if (_page is not null && await _page.Locator("#components-reconnect-modal[open]").CountAsync() > 0)
                throw new CircuitActionException($"{step}: the circuit was lost (reconnect dialog).");
        }
        catch (CircuitActionException e) when (!e.Message.StartsWith(step, StringComparison.Ordinal))
        {
            throw new CircuitActionException($"{step}: {e.Message} ({_page?.Url})", e);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new CircuitActionException($"{step}: {Summary(e.Message)} ({_page?.Url})", e);
        }
    }

    /// <summary>Playwright's first line and what it was waiting for (its call log), without the rest of the log.</summary>
    private static string Summary(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var waiting = lines.FirstOrDefault(l => l.Contains("waiting for", StringComparison.Ordinal));
        return waiting is null ? lines[0] : $"{lines[0]} {waiting}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        _context = null;
        _page = null;
    }
}
