using System.Text.Json;
using TyollisyysAlue.CircuitLoad.Server;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>
/// The run's figures as JSON for a script (<c>--summary-json FILE</c>; bench/two-node.sh checks with it that both nodes
/// served users without errors): passed, users, actions, errors, per kind count/errors/p50/p95/p99, and per node
/// (every node seen in <c>X-Node</c>, also a single one) the same with its users and, with <c>--node</c>, its server's
/// circuits and memory.
/// </summary>
public static class RunSummary
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(RunResult run, string path) => File.WriteAllText(path, ToJson(run));

    public static string ToJson(RunResult run) => JsonSerializer.Serialize(new
    {
        passed = run.Passed,
        users = run.Users.Count,
        actions = run.Actions.Count,
        errors = run.Actions.Errors,
        kinds = Kinds(run.Actions.Actions.Values.GroupBy(t => t.Kind)
            .ToDictionary(g => g.Key, g => (Sorted: g.SelectMany(t => t.Sorted()).Order().ToList(), Errors: g.Sum(t => t.Errors)))),
        nodes = run.Actions.Nodes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new
        {
            node = n.Key,
            users = n.Value.Users,
            actions = n.Value.Count,
            errors = n.Value.Errors,
            kinds = Kinds(n.Value.Kinds.ToDictionary(k => k.Key, k => (Sorted: k.Value.Sorted(), k.Value.Errors))),
            server = run.Servers.FirstOrDefault(s => s.Node == n.Key) is { } server ? Server(server) : null,
        }),
    }, Indented);

    private static Dictionary<string, object> Kinds(Dictionary<ActionKind, (List<double> Sorted, int Errors)> kinds) =>
        kinds.OrderBy(k => k.Key).ToDictionary(k => Report.KindName(k.Key), k => (object)new
        {
            count = k.Value.Sorted.Count,
            errors = k.Value.Errors,
            p50 = ActionTally.Percentile(k.Value.Sorted, 50),
            p95 = ActionTally.Percentile(k.Value.Sorted, 95),
            p99 = ActionTally.Percentile(k.Value.Sorted, 99),
        });

    private static object Server(ServerRun server) => new
    {
        circuitsAtEnd = server.CircuitsAtEnd,
        signalRConnectionsPeak = server.Samples.Max(s => s.SignalRConnections),
        vmRssPeakBytes = server.Samples.Max(s => s.VmRssBytes),
        heapAfterGcBeforeBytes = server.Baseline?.HeapBytes,
        heapAfterGcAtEndBytes = server.AtEnd?.HeapBytes,
    };
}
