using System.Globalization;
using System.Net.Http.Json;
using Npgsql;

namespace TyollisyysAlue.CircuitLoad.Server;

/// <summary>One look at the server: the app's own metrics, the kernel's RSS of its process, PostgreSQL's sessions, the machine's load.</summary>
public sealed record ServerSample(
    TimeSpan At, double? Circuits, double? SignalRConnections, double? CpuSeconds, double? GcHeapBytes, double? WorkingSetBytes,
    long? VmRssBytes, int? PgConnections, double LoadAverage);

/// <summary>What <c>POST /diagnostics/gc</c> answers (the app's ForcedGc.Result).</summary>
public sealed record ForcedGcResult(long HeapBytes, long CommittedBytes, long WorkingSetBytes, long? VmRssBytes, int Gen2Collections);

/// <summary>
/// Samples one server every few seconds during a run (<c>/metrics</c> of <paramref name="url"/>;
/// <c>/proc/&lt;pid&gt;/status</c> of <paramref name="pid"/>; <c>pg_stat_activity</c> with <paramref name="pg"/>) and
/// asks it for forced full collections at the start and at the end. The circuit gauge drifts after many circuits
/// (dotnet/aspnetcore#63810), so SignalR's connection count is sampled beside it. <see cref="ServerSamplers"/> makes one
/// per server of the run.
/// </summary>
public sealed class ServerSampler(Uri url, int? pid, string? pg, int sampleSeconds) : IAsyncDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<ServerSample> _samples = [];
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private CancellationTokenSource? _stop;
    private Task? _loop;

    public IReadOnlyList<ServerSample> Samples { get { lock (_samples) return [.. _samples]; } }
    public List<string> Problems { get; } = [];

    public void Start()
    {
        _stop = new CancellationTokenSource();
        _loop = LoopAsync(_stop.Token);
    }

    private async Task LoopAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(sampleSeconds));
        do
        {
            var sample = await SampleAsync(stop);
            lock (_samples) _samples.Add(sample);
        }
        while (await NextAsync(timer, stop));
    }

    private static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try { return await timer.WaitForNextTickAsync(stop); }
        catch (OperationCanceledException) { return false; }
    }

    public async Task<ServerSample> SampleAsync(CancellationToken ct)
    {
        PrometheusText? metrics = null;
        try { metrics = PrometheusText.Parse(await _http.GetStringAsync("/metrics", ct)); }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Note($"/metrics: {e.Message}"); }
        return new ServerSample(_clock.Elapsed,
            metrics?.Sum("aspnetcore_components_circuit_active"),
            metrics?.Sum("signalr_server_active_connections"),
            metrics?.Sum("dotnet_process_cpu_time"),
            metrics?.Sum("dotnet_gc_last_collection_heap_size"),
            metrics?.Sum("dotnet_process_memory_working_set"),
            VmRss(), await PgConnectionsAsync(ct), LoadAverage());
    }

    /// <summary>A forced full, compacting collection in the app; null (and a note) when the endpoint is off.</summary>
    public async Task<ForcedGcResult?> ForceGcAsync()
    {
        try
        {
            using var response = await _http.PostAsync("/diagnostics/gc", null);
            if (response.IsSuccessStatusCode) return await response.Content.ReadFromJsonAsync<ForcedGcResult>();
            Note($"POST /diagnostics/gc answered {(int)response.StatusCode}: start the app with Diagnostics__AllowForcedGc=true for the figures after a full GC.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Note($"/diagnostics/gc: {e.Message}"); }
        return null;
    }

    private long? VmRss()
    {
        if (pid is not { } process) return null;
        try
        {
            var line = File.ReadLines($"/proc/{process}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
            return long.TryParse(kb, CultureInfo.InvariantCulture, out var n) ? n * 1024 : null;
        }
        catch (IOException e) { Note($"/proc/{process}/status: {e.Message}"); return null; }
    }

    private async Task<int?> PgConnectionsAsync(CancellationToken ct)
    {
        if (pg is null) return null;
        try
        {
            await using var connection = new NpgsqlConnection(pg);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(
                "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()", connection);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or OperationCanceledException) { Note($"PostgreSQL: {e.Message}"); return null; }
    }

    /// <summary>The one-minute load average of the machine (client and server share it).</summary>
    public static double LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException) { return double.NaN; }
    }

    private void Note(string problem)
    {
        lock (Problems) if (!Problems.Contains(problem)) Problems.Add(problem);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop is not null)
        {
            await _stop.CancelAsync();
            if (_loop is not null) await _loop;
            _stop.Dispose();
        }
        _http.Dispose();
    }
}
