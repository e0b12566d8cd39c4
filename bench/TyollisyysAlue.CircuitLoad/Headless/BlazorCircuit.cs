using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace TyollisyysAlue.CircuitLoad.Headless;

/// <summary>
/// One interactive Blazor Server circuit spoken to as blazor.web.js does: the ComponentHub at /_blazor over WebSockets
/// with the sign-in cookie and the "blazorpack" protocol; StartCircuit, then UpdateRootComponents with the page's
/// prerendered markers and persisted state; every render batch applied to a <see cref="DomTree"/> and acknowledged
/// with OnRenderCompleted; every JS call answered with EndInvokeJSFromDotNet; browser events dispatched through the
/// renderer's interop object (DispatchEventAsync); navigation with OnLocationChanging/OnLocationChanged.
/// </summary>
public sealed class BlazorCircuit : IAsyncDisposable
{
    private const string RendererInterop = "Blazor._internal.attachWebRendererInterop";
    private const string NavigateTo = "Blazor._internal.navigationManager.navigateTo";
    private const string LocationChangingListeners = "Blazor._internal.navigationManager.setHasLocationChangingListeners";

    /// <summary>HEADLESS_TRACE_JS=1 prints every JS call the server makes (to see what a page asks of the browser).</summary>
    private static readonly bool Trace = Environment.GetEnvironmentVariable("HEADLESS_TRACE_JS") == "1";

    private readonly Uri _baseUrl;
    private readonly CookieContainer _cookies;
    private readonly DomTree _tree = new();
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> _dotNetCalls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<bool>> _locationChanging = new();
    private readonly ConcurrentDictionary<string, long> _dotNetObjectsPassedTo = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _argumentsPassedTo = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _hub;
    private long _rendererInteropId = -1;
    private bool _hasLocationChangingListeners;
    private long _nextCallId;
    private int _nextLocationCallId;

    public BlazorCircuit(Uri baseUrl, CookieContainer cookies)
    {
        _baseUrl = baseUrl;
        _cookies = cookies;
        Location = baseUrl;
    }

    /// <summary>The circuit's secret id as the server returned it from StartCircuit.</summary>
    public string? CircuitId { get; private set; }

    /// <summary>The address the circuit is showing.</summary>
    public Uri Location { get; private set; }

    /// <summary>The first thing that went wrong (a JS.Error from the server, a closed connection, a batch that failed).</summary>
    public string? Error { get; private set; }

    public long RenderBatches { get { lock (_gate) return _tree.BatchesApplied; } }

    /// <summary>Opens the circuit for a page fetched with the signed-in cookie; returns when its first render has arrived.</summary>
    public async Task StartAsync(Uri page, string html, CancellationToken ct)
    {
        var prerendered = PrerenderedPage.Parse(html);
        if (prerendered.Markers.Count == 0)
            throw new CircuitActionException($"{page} has no interactive server components (signed out? an error page?)");

        var builder = new HubConnectionBuilder().WithUrl(new Uri(_baseUrl, "_blazor"), HttpTransportType.WebSockets, options =>
        {
            options.Cookies = _cookies;
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _hub = builder.Build();
        _hub.ServerTimeout = TimeSpan.FromMinutes(2); // a busy server under load must not look like a dead one
        Listen(_hub);
        await _hub.StartAsync(ct);

        Location = page;
        CircuitId = await _hub.InvokeAsync<string?>("StartCircuit", _baseUrl.ToString(), page.ToString(), "[]", "", ct);
        if (string.IsNullOrEmpty(CircuitId)) throw new CircuitActionException("The server refused to start a circuit: " + Error);

        var before = RenderBatches;
        await _hub.SendAsync("UpdateRootComponents", prerendered.RootComponentOperations(), prerendered.ApplicationState, ct);
        await WaitForAsync(t => t.BatchesApplied > before ? t : null, "the first render", TimeSpan.FromSeconds(60), ct);
    }

    private void Listen(HubConnection hub)
    {
        hub.On<long, byte[]>("JS.RenderBatch", async (batchId, data) =>
        {
            string? failure = null;
            try
            {
                var batch = RenderBatch.Read(data);
                lock (_gate) _tree.Apply(batch);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException)
            {
                failure = e.Message;
                Error ??= "render batch " + batchId + ": " + e.Message;
            }
            Changed();
            await hub.SendAsync("OnRenderCompleted", batchId, failure);
        });
        // .NET 10: (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType).
        hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async args =>
        {
            var (handle, identifier, json, resultType) = ((long)args[0]!, (string)args[1]!, (string?)args[2] ?? "[]", (int)args[3]!);
            if (Trace) Console.Error.WriteLine($"[js] {handle} {identifier} result={args[3]} target={args[4]} call={args[5]} {json[..Math.Min(json.Length, 160)]}");
            Observe(identifier, json);
            var result = JsInteropAnswers.Answer(identifier, resultType);
            if (handle != 0)
                await hub.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result ?? "null"}]");
        });
        hub.On<string, bool, string?>("JS.EndInvokeDotNet", (callId, success, result) =>
        {
            if (_dotNetCalls.TryRemove(callId, out var call))
            {
                if (success) call.TrySetResult(result);
                else call.TrySetException(new CircuitActionException("The server's .NET call failed: " + result));
            }
        });
        hub.On<int, bool>("JS.EndLocationChanging", (callId, proceed) =>
        {
            if (_locationChanging.TryRemove(callId, out var call)) call.TrySetResult(proceed);
        });
        hub.On<int, string>("JS.AttachComponent", (componentId, _) =>
        {
            lock (_gate) _tree.AttachRoot(componentId);
        });
        hub.On<long>("JS.EndUpdateRootComponents", _ => { });
        hub.On<int, byte[]>("JS.ReceiveByteArray", (_, _) => { });
        hub.On<string>("JS.Error", message =>
        {
            Error ??= "JS.Error: " + message;
            Changed();
        });
        hub.Closed += e =>
        {
            Error ??= "the circuit's connection closed" + (e is null ? "" : ": " + e.Message);
            Changed();
            foreach (var call in _dotNetCalls.Values) call.TrySetException(new CircuitActionException(Error));
            return Task.CompletedTask;
        };
    }

    /// <summary>Remembers what later calls need (the renderer's interop object, .NET objects handed to modules) and
    /// acts on navigation the server asks for.</summary>
    private void Observe(string identifier, string json)
    {
        if (!json.Contains("__dotNetObject", StringComparison.Ordinal) && identifier is not (NavigateTo or LocationChangingListeners)) return;
        using var document = JsonDocument.Parse(json);
        var args = document.RootElement;
        foreach (var arg in args.EnumerateArray())
        {
            if (arg.ValueKind == JsonValueKind.Object && arg.TryGetProperty("__dotNetObject", out var id))
            {
                _dotNetObjectsPassedTo[identifier] = id.GetInt64();
                _argumentsPassedTo[identifier] = json;
                if (identifier == RendererInterop) _rendererInteropId = id.GetInt64();
                // A wait may be for this call (an editor is live once its module's create() has the object), and the
                // call can come after the last render batch: wake the waiters, which otherwise look again only when
                // the next batch arrives (under load: never, and the wait timed out with the object already there).
                Changed();
            }
        }
        if (identifier == LocationChangingListeners) _hasLocationChangingListeners = args[args.GetArrayLength() - 1].GetBoolean();
        if (identifier == NavigateTo)
        {
            var target = new Uri(Location, args[0].GetString());
            // Not on this handler's thread: the hub handles one message at a time and the navigation waits for replies.
            _ = Task.Run(() => NavigateAsync(target, CancellationToken.None));
        }
    }

    private void Changed()
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            done = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.TrySetResult();
    }

    /// <summary>Reads the page under the lock the batches are applied under.</summary>
    public T Read<T>(Func<DomTree, T> read)
    {
        lock (_gate) return read(_tree);
    }

    /// <summary>Waits until <paramref name="probe"/> finds something on the page (checked after every batch).</summary>
    public async Task<T> WaitForAsync<T>(Func<DomTree, T?> probe, string what, TimeSpan timeout, CancellationToken ct) where T : class
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (probe(_tree) is { } found) return found;
                changed = _changed.Task;
            }
            if (Error is not null) throw new CircuitActionException($"Waiting for {what} at {Location}: {Error}");
            try { await changed.WaitAsync(deadline.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new CircuitActionException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what} at {Location}.");
            }
        }
    }

    /// <summary>A browser event on an element, with the arguments blazor.web.js sends for it; returns when the server
    /// has run the handler (the render it causes may follow).</summary>
    public async Task DispatchAsync(DomElement element, string eventName, object eventArgs, string? fieldValue, CancellationToken ct)
    {
        ulong handler;
        int componentId;
        lock (_gate)
        {
            if (!element.Events.TryGetValue(eventName, out handler))
                throw new CircuitActionException($"{element} has no '{eventName}' handler at {Location}.");
            componentId = element.OwningComponentId;
        }
        if (_rendererInteropId < 0) throw new CircuitActionException("The server has not attached its renderer's interop object.");
        var descriptor = new
        {
            eventHandlerId = handler,
            eventName,
            eventFieldInfo = fieldValue is null ? null : new { componentId, fieldValue },
        };
        try { await InvokeDotNetAsync(_rendererInteropId, "DispatchEventAsync", [descriptor, eventArgs], ct); }
        catch (CircuitActionException e)
        {
            throw new CircuitActionException($"'{eventName}' on {element} (handler {handler}) at {Location}: {e.Message}", e);
        }
    }

    /// <summary>Calls a [JSInvokable] method of a .NET object the server handed to JavaScript.</summary>
    public async Task<string?> InvokeDotNetAsync(long dotNetObjectId, string method, object[] args, CancellationToken ct)
    {
        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var call = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _dotNetCalls[callId] = call;
        await Hub.SendAsync("BeginInvokeDotNetFromJS", callId, null, method, dotNetObjectId, JsonSerializer.Serialize(args), ct);
        try { return await call.Task.WaitAsync(TimeSpan.FromSeconds(60), ct); }
        catch (TimeoutException) { throw new CircuitActionException($"No answer to {method} within 60 s at {Location}."); }
        finally { _dotNetCalls.TryRemove(callId, out _); }
    }

    /// <summary>The .NET object last passed to a JS function (e.g. a module's "create"), if any.</summary>
    public long? DotNetObjectPassedTo(string identifier) => _dotNetObjectsPassedTo.TryGetValue(identifier, out var id) ? id : null;

    /// <summary>The arguments (JSON) of the last call of a JS function that was handed a .NET object.</summary>
    public string? ArgumentsPassedTo(string identifier) => _argumentsPassedTo.GetValueOrDefault(identifier);

    /// <summary>An in-app navigation as the interactive router does it after a link click.</summary>
    public async Task NavigateAsync(Uri target, CancellationToken ct)
    {
        if (_hasLocationChangingListeners)
        {
            var callId = Interlocked.Increment(ref _nextLocationCallId);
            var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _locationChanging[callId] = answer;
            await Hub.SendAsync("OnLocationChanging", callId, target.ToString(), null, true, ct);
            if (!await answer.Task.WaitAsync(TimeSpan.FromSeconds(30), ct)) return; // the page kept the user (unsaved work)
        }
        Location = target;
        await Hub.SendAsync("OnLocationChanged", target.ToString(), null, true, ct);
    }

    private HubConnection Hub => _hub ?? throw new InvalidOperationException("The circuit has not been started.");

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null) await _hub.DisposeAsync();
    }
}
