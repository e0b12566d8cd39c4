using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>
/// A user driving one real circuit without a browser: signs in over HTTP as the sign-in form does, opens the area's
/// overview, and from then on works inside the circuit (<see cref="BlazorCircuit"/>): in-app navigation, clicks,
/// typing. Each action returns when the page the client built shows what a user would wait for.
/// <paramref name="userNumber"/> is the user's number in the run: users sharing an account (the demo accounts) take
/// different lines and members, so that they do not all save the same line at once.
/// </summary>
public sealed partial class HeadlessCircuitUser(CircuitUserProfile profile, Uri baseUrl, int userNumber = 0) : ICircuitUser
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly CookieContainer _cookies = new();
    private readonly ServingNodeHandler _servingNode = new();
    private HttpClient? _http;
    private BlazorCircuit? _circuit;
    private long _lastEditorObject = -1;
    private string? _xlsxHref;

    public CircuitUserProfile Profile { get; } = profile;

    public string? Node => _servingNode.Node;

    /// <summary>The label of the budget line <see cref="EditAndSaveBudgetLineAsync"/> saved last.</summary>
    public string? LastSavedLine { get; private set; }

    /// <summary>The circuit this user holds (its page, id and errors), once signed in.</summary>
    public BlazorCircuit Circuit => _circuit ?? throw new CircuitActionException("Not signed in: there is no circuit yet.");

    private HttpClient Http => _http ??= new HttpClient(WithServingNode(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = _cookies,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5), // an idle user holds its WebSocket, not HTTP connections
    })) { BaseAddress = baseUrl, Timeout = Patience };

    private ServingNodeHandler WithServingNode(HttpMessageHandler inner)
    {
        _servingNode.InnerHandler = inner;
        return _servingNode;
    }

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

    public async Task OpenBudgetSplitAsync(CancellationToken ct)
    {
        await NavigateAsync($"{AreaPath}/budget?year={Profile.Year}", t => t.ByTestId("split-table") is not null || t.ByTestId("no-key") is not null,
            "the budget split", ct);
        // The download link as the page offers it (its key is the year's main key), kept for the download step that
        // comes after the plan, as the browser driver does.
        _xlsxHref = Circuit.Read(t => t.ByTestId("exports")?.Elements()
            .FirstOrDefault(e => e.Name == "a" && e["href"]?.Contains("/export/xlsx", StringComparison.Ordinal) == true)?["href"]);
    }

    public async Task SwitchBudgetTabAsync(CancellationToken ct)
    {
        await ClickTabAsync(1, "schedule-table", ct);
        await ClickTabAsync(0, "split-table", ct);
    }

    public async Task TraceMemberAsync(CancellationToken ct)
    {
        await ClickTabAsync(0, "split-table", ct);
        var members = Circuit.Read(t => t.ByTestId("split-table")?.ByTag("tbody").FirstOrDefault()?.ByTag("tr")
            .Select(r => r.ByTag("th").FirstOrDefault()?.Children.OfType<DomText>().FirstOrDefault()?.Text.Trim() ?? "").ToList()) ?? [];
        if (members.Count == 0) throw new CircuitActionException("The split has no member rows to trace.");
        var member = members[Pick(members.Count)];

        // The MudSelect opens a list (in the popover provider, elsewhere on the page); the member is chosen from it.
        await ClickAsync(t => t.ByTestId("trace-select"), "the trace's member list", ct);
        var option = await WaitForAsync(t => t.ByRole("option").FirstOrDefault(o => o.TextContent.Trim() == member),
            $"{member} in the trace's list", ct);
        await ClickAsync(_ => option, member, ct);
        await WaitForAsync(t => t.ByTestId("split-trace")?.TextContent.Contains(member + ":", StringComparison.Ordinal) == true ? t : null,
            $"the trace of {member}", ct);
    }

    public async Task<decimal> EditAndSaveBudgetLineAsync(CancellationToken ct)
    {
        await ClickTabAsync(3, "lines-expense", ct);
        // The tab's lines load after it appears: wait for them.
        var rows = (await WaitForAsync(t => ExpenseRows(t) is { Count: > 0 } r ? r : null, "the budget's expense lines", ct)).Count;
        var index = Pick(rows);
        var label = Circuit.Read(t => LabelOf(ExpenseRows(t)[index]));
        await ClickAsync(t => ExpenseRows(t).ElementAtOrDefault(index)?.ByTag("button").FirstOrDefault(b => b.Events.ContainsKey("click")),
            $"the edit button of line {index + 1}", ct);
        var field = await WaitForAsync(t => InputOf(t.ByTestId("line-editor")?.ByTestId("line-amount")), "the line editor", ct);

        // One euro up or down (towards the even euro it came from): repeated edits leave the totals where they were.
        var before = Circuit.Read(_ => PageQueries.ParseEuros(field["value"] ?? "0"));
        var amount = decimal.Truncate(before) % 2 == 0 ? before + 1 : before - 1;
        await TypeAsync(field, PageQueries.Typed(amount), ct);
        await ClickAsync(t => t.ByTestId("line-editor")?.ByTestId("save-line"), "the line's save button", ct);
        await WaitForAsync(t => t.ByTestId("line-editor") is null && ExpenseRows(t).Any(r => LabelOf(r) == label && AmountOf(r) == amount) ? t : null,
            $"line '{label}' saved at {amount}", ct);
        LastSavedLine = label;
        return amount;
    }

    public Task OpenPlanAsync(CancellationToken ct) =>
        NavigateAsync($"{AreaPath}/plan", t => t.ByTestId("outline") is not null || t.ByTestId("section-panel") is not null, "the plan", ct);

    public async Task TypeInPlanSectionAsync(string text, CancellationToken ct)
    {
        // An editor left open (an earlier round that timed out) is closed first: its .NET object was already seen, so
        // waiting for a new one would only time out again, one failure becoming every later round's.
        if (Circuit.Read(t => t.ByTestId("section-editor")) is not null)
        {
            await ClickAsync(t => t.ByTestId("close-editor"), "the editor's close button", ct);
            await WaitForAsync(t => t.ByTestId("section-editor") is null ? t : null, "the editor to close", ct);
        }
        await ClickAsync(t => t.ByTestId("edit-section"), "the section's edit button", ct);
        var status = "";
        for (var attempt = 1; ; attempt++)
        {
            // plan-editor.js's create() receives the editor component's .NET object: the editor is live once it has been called.
            object editor;
            try
            {
                editor = await WaitForAsync(_ => Circuit.DotNetObjectPassedTo("create") is { } id && id != _lastEditorObject ? (object)id : null,
                    "the section's text editor", ct);
            }
            catch (CircuitActionException timeout) { throw new CircuitActionException($"{timeout.Message} ({Circuit.Read(EditorState)})"); }
            _lastEditorObject = (long)editor;
            status = Circuit.Read(t => t.ByTestId("autosave-status")?.TextContent ?? "");
            var markdown = EditorText(Circuit.ArgumentsPassedTo("create")) + "\n\n" + text;
            try
            {
                // What the editor reports on every keystroke; the last report is what the autosave writes.
                await Circuit.InvokeDotNetAsync(_lastEditorObject, "OnEditorChanged", [markdown], ct);
                break;
            }
            catch (CircuitActionException gone) when (attempt < 3 && gone.Message.Contains("no tracked object", StringComparison.Ordinal))
            {
                // Under load the page can re-render the section panel between the editor's create() and this call, which
                // disposes that editor (plan-editor.js would have torn it down in a browser, whose user then types into the
                // new one): type into its successor, or open the editor again when the re-render closed it.
                if (Circuit.Read(t => t.ByTestId("section-editor")) is null)
                    await ClickAsync(t => t.ByTestId("edit-section"), "the section's edit button", ct);
            }
        }
        try
        {
            await WaitForAsync(t => t.ByTestId("autosave-status")?.TextContent is { } now && now != status ? t : null,
                $"the autosave (its status read '{status}' before typing)", ct);
        }
        catch (CircuitActionException timeout) { throw new CircuitActionException($"{timeout.Message} ({Circuit.Read(EditorState)})"); }
        await ClickAsync(t => t.ByTestId("close-editor"), "the editor's close button", ct);
        await WaitForAsync(t => t.ByTestId("section-editor") is null ? t : null, "the editor to close", ct);
    }

    /// <summary>What the plan page shows of the editor, for a timeout's message.</summary>
    private string EditorState(DomTree t) =>
        $"editor {(t.ByTestId("section-editor") is null ? "closed" : "open")}, edit button {(t.ByTestId("edit-section") is null ? "absent" : "present")}, " +
        $"last create() object {Circuit.DotNetObjectPassedTo("create")?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, this user's last {_lastEditorObject}";

    public async Task<long> DownloadExportAsync(CancellationToken ct)
    {
        var href = _xlsxHref ?? throw new CircuitActionException("No split was opened, so there is no export link.");
        using var response = await Http.GetAsync(new Uri(Circuit.Location, href), HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new CircuitActionException($"The export {href} answered {(int)response.StatusCode}.");
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[81920];
        long total = 0;
        var zip = true;
        for (int read; (read = await body.ReadAsync(buffer, ct)) > 0;)
        {
            if (total == 0) zip = read >= 2 && buffer[0] == 'P' && buffer[1] == 'K';
            total += read;
        }
        if (!zip || total < 4) throw new CircuitActionException($"The xlsx download {href} gave {total} bytes that are not a workbook.");
        return total;
    }

    // --- steps shared by the actions ---

    private async Task NavigateAsync(string path, Func<DomTree, bool> shown, string what, CancellationToken ct)
    {
        var before = Circuit.RenderBatches;
        await Circuit.NavigateAsync(new Uri(baseUrl, path), ct);
        await WaitForAsync(t => t.BatchesApplied > before && Loaded(t) && shown(t), what, ct);
    }

    /// <summary>A page is there when its heading is (what it has loaded, each action checks by its own marks).</summary>
    private static bool Loaded(DomTree tree) => tree.Heading() is not null;

    private async Task ClickTabAsync(int index, string panelTestId, CancellationToken ct)
    {
        if (Circuit.Read(t => t.ByTestId(panelTestId)) is not null) return;
        await ClickAsync(t => t.ByRole("tab").ElementAtOrDefault(index), $"tab {index + 1}", ct);
        await WaitForAsync(t => t.ByTestId(panelTestId), panelTestId, ct);
    }

    /// <summary>
    /// A click as a browser delivers it: mousedown, then click, each to the nearest element that listens (the event
    /// bubbles), then the form's submit when the target is a submit button.
    /// </summary>
    private async Task ClickAsync(Func<DomTree, DomElement?> find, string what, CancellationToken ct)
    {
        var seen = Circuit.RenderBatches;
        try { await ClickOnceAsync(find, what, ct); }
        catch (CircuitActionException e) when (e.Message.Contains("no event handler associated", StringComparison.Ordinal)
                                               || e.Message.Contains("invoking 'DispatchEventAsync'", StringComparison.Ordinal))
        {
            // Without CircuitOptions.DetailedErrors (production, the browser tests' app) the server reports a stale
            // handler only as "an exception invoking 'DispatchEventAsync'"; a second failure is still reported.
            // The server re-rendered the element (its handler got a new id) in a batch that was on its way here when the
            // click left. A browser has that batch before the finger comes down: wait for it (it may be here already)
            // and click again, once.
            await Circuit.WaitForAsync(t => t.BatchesApplied > seen ? t : null, "the render in flight", TimeSpan.FromSeconds(5), ct);
            await ClickOnceAsync(find, what, ct);
        }
    }

    private async Task ClickOnceAsync(Func<DomTree, DomElement?> find, string what, CancellationToken ct)
    {
        var target = await WaitForAsync(t => find(t) is { } e && (e.Handling("click") ?? e.Handling("mousedown")) is not null ? e : null, what, ct);
        // Each listener is looked up after the previous event's render arrived: a re-render gives handlers new ids.
        if (Circuit.Read(_ => target.Handling("mousedown")) is { } down)
            await Circuit.DispatchAsync(down, "mousedown", BrowserEventArgs.Mouse("mousedown"), null, ct);
        if (Circuit.Read(_ => target.Parent is null ? null : target.Handling("click")) is { } click)
            await Circuit.DispatchAsync(click, "click", BrowserEventArgs.Mouse("click"), null, ct);
        if (Circuit.Read(_ => target.Parent is null ? null : SubmittedForm(target)) is { } form)
            await Circuit.DispatchAsync(form, "submit", BrowserEventArgs.Submit(), null, ct);
    }

    /// <summary>The form a click on a submit button submits, when it listens for that.</summary>
    private static DomElement? SubmittedForm(DomElement target)
    {
        if (target.Name != "button" || target["type"] is not (null or "submit")) return null;
        for (var node = target.Parent; node is not null; node = node.Parent)
            if (node is DomElement { Name: "form" } form) return form.Events.ContainsKey("submit") ? form : null;
        return null;
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

    /// <summary>Which of n things this user takes: the same one every time, spread over accounts and the users sharing one.</summary>
    private int Pick(int count)
    {
        var hash = 2166136261u; // FNV-1a: stable across processes, unlike string.GetHashCode
        foreach (var c in Profile.Email) hash = (hash ^ c) * 16777619u;
        return (int)((hash % (uint)count + (uint)userNumber) % (uint)count);
    }

    /// <summary>The input of a field: the element itself or the input inside it (where MudBlazor put the attributes).</summary>
    private static DomElement? InputOf(DomElement? field) => field?.Name == "input" ? field : field?.ByTag("input").FirstOrDefault();

    /// <summary>A budget line's label: the first text of its first cell (a municipality or key note may follow).</summary>
    private static string LabelOf(DomElement row) =>
        row.ByTag("td").FirstOrDefault()?.Children.OfType<DomText>().FirstOrDefault(c => c.Text.Trim().Length > 0)?.Text.Trim() ?? "";

    /// <summary>A budget line's amount: its third cell.</summary>
    private static decimal? AmountOf(DomElement row) =>
        row.ByTag("td").ElementAtOrDefault(2)?.TextContent is { Length: > 0 } shown ? PageQueries.ParseEuros(shown) : null;

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
        _servingNode.Dispose(); // the client disposed it with itself; here for a user that never made a request
    }
}
