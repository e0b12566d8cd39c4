namespace TyollisyysAlue.CircuitLoad.Server;

/// <summary>What one server measured over a run; <see cref="Node"/> is null for the one server at <c>--url</c>.</summary>
public sealed record ServerRun(string? Node, IReadOnlyList<ServerSample> Samples, ForcedGcResult? Baseline, ForcedGcResult? AtEnd, int CircuitsAtEnd);

/// <summary>
/// The servers of a run, each with its own <see cref="ServerSampler"/>: the one at <c>--url</c> (with
/// <c>--server-pid</c>), or every <c>--node</c> at its direct address with its own process. PostgreSQL is one database
/// for all nodes, so only the first server's samples count its sessions.
/// </summary>
public sealed class ServerSamplers : IAsyncDisposable
{
    private readonly List<(string? Node, ServerSampler Sampler)> _servers = [];
    private readonly List<ForcedGcResult?> _baselines = [];

    public ServerSamplers(RunOptions options)
    {
        if (options.Nodes.Count == 0) _servers.Add((null, new ServerSampler(options.Url, options.ServerPid, options.Pg, options.SampleSeconds)));
        for (var i = 0; i < options.Nodes.Count; i++)
        {
            var node = options.Nodes[i];
            _servers.Add((node.Name, new ServerSampler(node.Url, node.Pid, i == 0 ? options.Pg : null, options.SampleSeconds)));
        }
    }

    /// <summary>The notes of every sampler so far, each named by its node when there are nodes.</summary>
    public List<string> Problems() => [.. _servers.SelectMany(s => Copy(s.Sampler.Problems).Select(p => s.Node is null ? p : $"{s.Node}: {p}"))];

    /// <summary>A sampler's loop may still add a note (under the list's lock) while the run reads them.</summary>
    private static List<string> Copy(List<string> notes)
    {
        lock (notes) return [.. notes];
    }

    /// <summary>A forced full GC of every server before the users: the baseline of memory per circuit.</summary>
    public async Task ForceBaselineGcAsync()
    {
        foreach (var (_, sampler) in _servers) _baselines.Add(await sampler.ForceGcAsync());
    }

    public void Start()
    {
        foreach (var (_, sampler) in _servers) sampler.Start();
    }

    /// <summary>
    /// With every circuit still open: a last sample of every server, then a forced full GC of each.
    /// <paramref name="usersOn"/> gives the circuits of a server that reports no count (its users).
    /// </summary>
    public async Task<IReadOnlyList<ServerRun>> FinishAsync(Func<string?, int> usersOn)
    {
        var lasts = new List<ServerSample>();
        foreach (var (_, sampler) in _servers) lasts.Add(await sampler.SampleAsync(CancellationToken.None));
        var runs = new List<ServerRun>();
        for (var i = 0; i < _servers.Count; i++)
        {
            var (node, sampler) = _servers[i];
            var atEnd = await sampler.ForceGcAsync();
            var last = lasts[i];
            runs.Add(new ServerRun(node, [.. sampler.Samples, last], _baselines.ElementAtOrDefault(i), atEnd,
                (int)(last.SignalRConnections ?? last.Circuits ?? usersOn(node))));
        }
        return runs;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, sampler) in _servers) await sampler.DisposeAsync();
    }
}
