using System.Collections.Concurrent;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>
/// Every action of every user: its latency, and the failures with their messages (thread-safe); and, when the app names
/// the node that served the user (<see cref="ICircuitUser.Node"/>), the same per node.
/// </summary>
public sealed class ActionRecorder
{
    private readonly ConcurrentDictionary<string, ActionTally> _actions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, NodeTally> _nodes = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ActionTally> Actions => _actions;

    /// <summary>Per node that served an action (the <c>X-Node</c> header): empty when the app names none.</summary>
    public IReadOnlyDictionary<string, NodeTally> Nodes => _nodes;

    /// <param name="node">The node that served the user when the action ended; null when the app names none.</param>
    /// <param name="user">The user's number in the run, so that a node counts the users it served.</param>
    public void Add(string action, ActionKind kind, double milliseconds, string? error, string? node = null, int user = -1)
    {
        var tally = _actions.GetOrAdd(action, _ => new ActionTally(kind));
        tally.Add(milliseconds, error);
        if (node is not null) _nodes.GetOrAdd(node, _ => new NodeTally()).Add(kind, milliseconds, error, user);
    }

    public int Count => _actions.Values.Sum(a => a.Count);
    public int Errors => _actions.Values.Sum(a => a.Errors);
}

/// <summary>
/// One action's latencies (successful or not) and up to a few distinct kinds of error, each counted: a message is
/// grouped without its page address, so that one failure on many pages is one line with its count, not five lines
/// hiding the others.
/// </summary>
public sealed partial class ActionTally(ActionKind kind)
{
    private const int MessagesKept = 5;
    private readonly object _gate = new();
    private readonly List<double> _milliseconds = [];
    private readonly Dictionary<string, (int Count, string Example)> _messages = [];

    public ActionKind Kind { get; } = kind;
    public int Count { get { lock (_gate) return _milliseconds.Count; } }
    public int Errors { get; private set; }
    public IReadOnlyList<string> Messages
    {
        get { lock (_gate) return [.. _messages.Values.OrderByDescending(m => m.Count).Select(m => m.Count == 1 ? m.Example : $"{m.Count}× {m.Example}")]; }
    }

    public void Add(double milliseconds, string? error)
    {
        lock (_gate)
        {
            _milliseconds.Add(milliseconds);
            if (error is null) return;
            Errors++;
            var kind = PageAddress().Replace(error, "at …");
            if (_messages.TryGetValue(kind, out var seen)) _messages[kind] = (seen.Count + 1, seen.Example);
            else if (_messages.Count < MessagesKept) _messages[kind] = (1, error);
        }
    }

    public List<double> Sorted() { lock (_gate) return [.. _milliseconds.Order()]; }

    /// <summary>Nearest-rank percentile of sorted latencies (p in 0–100).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    [System.Text.RegularExpressions.GeneratedRegex(@"at https?://\S+")]
    private static partial System.Text.RegularExpressions.Regex PageAddress();
}
