using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>
/// A user driving one real circuit without a browser: signs in over HTTP as the sign-in form does, opens the area's
/// overview, and from then on works inside the circuit (<see cref="BlazorCircuit"/>): in-app navigation, clicks,
/// typing. Each action returns when the page the client built shows what a user would wait for.
/// </summary>
public sealed partial class HeadlessCircuitUser(CircuitUserProfile profile, Uri baseUrl) : ICircuitUser
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly CookieContainer _cookies = new();
    private HttpClient? _http;
    private BlazorCircuit? _circuit;
    private long _lastEditorObject = -1;

    public CircuitUserProfile Profile { get; } = profile;

    /// <summary>The circuit this user holds (its page, id and errors), once signed in.</summary>
    public BlazorCircuit Circuit => _circuit ?? throw new CircuitActionException("Not signed in: there is no circuit yet.");

    private HttpClient Http => _http ??= new HttpClient(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = _cookies,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5), // an idle user holds its WebSocket, not HTTP connections
    }) { BaseAddress = baseUrl, Timeout = Patience };

    private string AreaPath => "/areas/" + Profile.AreaSlug;

    public async Task SignInAsync(CancellationToken ct)
    {
        var form = await Http.GetStringAsync(new Uri("/account/login", UriKind.Relative), ct);
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["_handler"] = Hidden(form, "_handler"),
            ["Form.Email"] = Profile.Email,
            ["Form.Password"] = Profile.Password,
        });
        using (var answer = await Http.PostAsync(new Uri("/account/login", UriKind.Relative), fields, ct))
        {
            if (answer.StatusCode != HttpStatusCode.Redirect)
                throw new CircuitActionException($"Sign-in as {Profile.Email} answered {(int)answer.StatusCode}, not a redirect.");
        }

        var overview = new Uri(baseUrl, AreaPath);
        using var page = await Http.GetAsync(overview, ct);
        if (page.StatusCode != HttpStatusCode.OK)
            throw new CircuitActionException($"{overview} answered {(int)page.StatusCode} after signing in.");
        _circuit = new BlazorCircuit(baseUrl, _cookies);
        await _circuit.StartAsync(overview, await page.Content.ReadAsStringAsync(ct), ct);
        await WaitForAsync(t => Loaded(t) && t.ByTestId("key-facts") is not null, "the overview", ct);
    }

    public Task OpenOverviewAsync(CancellationToken ct) =>
        NavigateAsync(AreaPath, t => t.ByTestId("key-facts") is not null, "the overview", ct);

    public Task OpenBudgetSplitAsync(CancellationToken ct) =>
        NavigateAsync($"{AreaPath}/budget?year={Profile.Year}", t => t.ByTestId("split-table") is not null || t.ByTestId("no-key") is not null,
            "the budget split", ct);

    public async Task SwitchBudgetTabAsync(CancellationToken ct)
    {
        await ClickTabAsync(1, "schedule-table", ct);
        await ClickTabAsync(0, "split-table", ct);
    }

    public async Task TraceMemberAsync(CancellationToken ct)
    {
        await ClickTabAsync(0, "split-table", ct);
        var members = Circuit.Read(t => t.ByTestId("split-table")?.ByTag("tbody").FirstOrDefault()?.ByTag("tr")
            .Select(r => r.ByTag("th").Concat(r.ByTag("td")).FirstOrDefault()?.TextContent.Trim() ?? "").ToList()) ?? [];
        if (members.Count == 0) throw new CircuitActionException("The split has no member rows to trace.");
        var member = members[Pick(members.Count)];

        // The MudSelect opens a list (in the popover provider, elsewhere on the page); the member is chosen from it.
        await ClickAsync(t => t.ByTestId("trace-select")?.Handling("click") ?? t.ByTestId("trace-select")?.Handling("mousedown"), "the trace's member list", ct);
        var option = await WaitForAsync(t => t.ByRole("option").FirstOrDefault(o => o.TextContent.Trim() == member && o.Handling("click") is not null),
            $"{member} in the trace's list", ct);
        await ClickAsync(_ => option.Handling("click"), member, ct);
        await WaitForAsync(t => t.ByTestId("split-trace")?.TextContent.Contains(member + ":", StringComparison.Ordinal) == true ? t : null,
            $"the trace of {member}", ct);
    }

    public async Task<decimal> EditAndSaveBudgetLineAsync(CancellationToken ct)
    {
        await ClickTabAsync(3, "lines-expense", ct);
        var rows = Circuit.Read(t => ExpenseRows(t).Count);
        if (rows == 0) throw new CircuitActionException("The budget has no expense lines to edit.");
        var index = Pick(rows);
        var label = Circuit.Read(t => ExpenseRows(t)[index].ByTag("td").First().Children.OfType<DomText>().FirstOrDefault()?.Text.Trim() ?? "");
        await ClickAsync(t => ExpenseRows(t).ElementAtOrDefault(index)?.ByTag("button").FirstOrDefault(b => b.Events.ContainsKey("click")),
            $"the edit button of line {index + 1}", ct);
        var field = await WaitForAsync(t => t.ByTestId("line-editor")?.ByTestId("line-amount")?.ByTag("input").FirstOrDefault(), "the line editor", ct);

        // One euro up or down (towards the even euro it came from): repeated edits leave the totals where they were.
        var before = Circuit.Read(_ => PageQueries.ParseEuros(field["value"] ?? "0"));
        var amount = decimal.Truncate(before) % 2 == 0 ? before + 1 : before - 1;
        await TypeAsync(field, PageQueries.Typed(amount), ct);
        var shown = Formats(amount);
        await ClickAsync(t => t.ByTestId("line-editor")?.ByTestId("save-line")?.Handling("click"), "the line's save button", ct);
        await WaitForAsync(t => t.ByTestId("line-editor") is null
            && ExpenseRows(t).Any(r => r.TextContent.Contains(label, StringComparison.Ordinal) && r.TextContent.Contains(shown, StringComparison.Ordinal)) ? t : null,
            $"line '{label}' saved at {shown}", ct);
        return amount;
    }

    public Task OpenPlanAsync(CancellationToken ct) =>
        NavigateAsync($"{AreaPath}/plan", t => t.ByTestId("outline") is not null || t.ByTestId("section-panel") is not null, "the plan", ct);

    public async Task TypeInPlanSectionAsync(string text, CancellationToken ct)
    {
        if (Circuit.Read(t => t.ByTestId("section-editor")) is null)
            await ClickAsync(t => t.ByTestId("edit-section")?.Handling("click"), "the section's edit button", ct);
        // plan-editor.js's create() receives the editor component's .NET object: the editor is live once it has been called.
        var editor = await WaitForAsync(_ => Circuit.DotNetObjectPassedTo("create") is { } id && id != _lastEditorObject ? (object)id : null,
            "the section's text editor", ct);
        _lastEditorObject = (long)editor;
        var status = Circuit.Read(t => t.ByTestId("autosave-status")?.TextContent ?? "");
        var markdown = EditorText(Circuit.ArgumentsPassedTo("create")) + "\n\n" + text;
        // What the editor reports on every keystroke; the last report is what the autosave writes.
        await Circuit.InvokeDotNetAsync(_lastEditorObject, "OnEditorChanged", [markdown], ct);
        await WaitForAsync(t => t.ByTestId("autosave-status")?.TextContent is { } now && now != status ? t : null, "the autosave", ct);
        await ClickAsync(t => t.ByTestId("close-editor")?.Handling("click"), "the editor's close button", ct);
        await WaitForAsync(t => t.ByTestId("section-editor") is null ? t : null, "the editor to close", ct);
    }

    public async Task<long> DownloadExportAsync(CancellationToken ct)
    {
        var href = Circuit.Read(t => t.Elements().FirstOrDefault(e => e.Name == "a" && e["href"]?.Contains("/export/xlsx", StringComparison.Ordinal) == true)?["href"])
            ?? throw new CircuitActionException($"No xlsx export link on {Circuit.Location}.");
        using var response = await Http.GetAsync(new Uri(Circuit.Location, href), HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new CircuitActionException($"The export {href} answered {(int)response.StatusCode}.");
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[81920];
        long total = 0;
        for (int read; (read = await body.ReadAsync(buffer, ct)) > 0;) total += read;
        return total;
    }

    // --- steps shared by the actions ---

    private async Task NavigateAsync(string path, Func<DomTree, bool> shown, string what, CancellationToken ct)
    {
        var before = Circuit.RenderBatches;
        await Circuit.NavigateAsync(new Uri(baseUrl, path), ct);
        await WaitForAsync(t => t.BatchesApplied > before && Loaded(t) && shown(t), what, ct);
    }

    /// <summary>A page has loaded when its heading is there and no progress bar says it is still loading.</summary>
    private static bool Loaded(DomTree tree) =>
        tree.Heading() is not null && !tree.Elements().Any(e => e["role"] == "progressbar");

    private async Task ClickTabAsync(int index, string panelTestId, CancellationToken ct)
    {
        if (Circuit.Read(t => t.ByTestId(panelTestId)) is not null) return;
        await ClickAsync(t => t.ByRole("tab").ElementAtOrDefault(index)?.Handling("click"), $"tab {index + 1}", ct);
        await WaitForAsync(t => t.ByTestId(panelTestId), panelTestId, ct);
    }

    private async Task ClickAsync(Func<DomTree, DomElement?> find, string what, CancellationToken ct)
    {
        var target = await WaitForAsync(find, what, ct);
        await Circuit.DispatchAsync(target, "click", BrowserEventArgs.Click(), null, ct);
    }

    /// <summary>Typing into a text field: the input events (MudBlazor listens to one or both), then the change.</summary>
    private async Task TypeAsync(DomElement input, string value, CancellationToken ct)
    {
        var events = Circuit.Read(_ => input.Events.Keys.ToHashSet());
        if (!events.Contains("input") && !events.Contains("change")) throw new CircuitActionException($"{input} takes no input.");
        if (events.Contains("input")) await Circuit.DispatchAsync(input, "input", BrowserEventArgs.Value(value), value, ct);
        if (events.Contains("change")) await Circuit.DispatchAsync(input, "change", BrowserEventArgs.Value(value), value, ct);
    }

    private Task<T> WaitForAsync<T>(Func<DomTree, T?> probe, string what, CancellationToken ct) where T : class =>
        Circuit.WaitForAsync(probe, what, Patience, ct);

    private Task<DomTree> WaitForAsync(Func<DomTree, bool> condition, string what, CancellationToken ct) =>
        Circuit.WaitForAsync(t => condition(t) ? t : null, what, Patience, ct);

    private static List<DomElement> ExpenseRows(DomTree tree) =>
        tree.ByTestId("lines-expense")?.ByTag("tbody").FirstOrDefault()?.ByTag("tr").ToList() ?? [];

    /// <summary>Which of n things this user takes: the same one every time, spread over users.</summary>
    private int Pick(int count) => (int)((uint)StringComparer.Ordinal.GetHashCode(Profile.Email) % (uint)count);

    private static string Formats(decimal amount) =>
        amount.ToString("#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("fi-FI")).Replace('\u00A0', ' ').Replace(' ', '\u00A0');

    /// <summary>The text the editor was created with (its options' html), as plain paragraphs.</summary>
    private static string EditorText(string? createArguments)
    {
        if (createArguments is null) return "";
        using var document = JsonDocument.Parse(createArguments);
        var html = document.RootElement.EnumerateArray().LastOrDefault(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("html", out _));
        if (html.ValueKind != JsonValueKind.Object) return "";
        var paragraphs = BlockEnd().Replace(html.GetProperty("html").GetString() ?? "", "\n\n");
        return WebUtility.HtmlDecode(Tag().Replace(paragraphs, "")).Trim();
    }

    private static string Hidden(string html, string name) =>
        HiddenField().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name) is { } match
            ? WebUtility.HtmlDecode(match.Groups["value"].Value)
            : throw new CircuitActionException($"The sign-in page has no hidden field '{name}'.");

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenField();

    [GeneratedRegex("</(p|h[1-6]|li|tr)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    public async ValueTask DisposeAsync()
    {
        if (_circuit is not null) await _circuit.DisposeAsync();
        _http?.Dispose();
    }
}
