using System.Collections.Concurrent;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>Every action of every user: its latency, and the failures with their messages (thread-safe).</summary>
public sealed class ActionRecorder
{
    private readonly ConcurrentDictionary<string, ActionTally> _actions = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ActionTally> Actions => _actions;

    public void Add(string action, ActionKind kind, double milliseconds, string? error)
    {
        var tally = _actions.GetOrAdd(action, _ => new ActionTally(kind));
        tally.Add(milliseconds, error);
    }

    public int Count => _actions.Values.Sum(a => a.Count);
    public int Errors => _actions.Values.Sum(a => a.Errors);
}

/// <summary>One action's latencies (successful or not) and up to a few distinct error messages.</summary>
public sealed class ActionTally(ActionKind kind)
{
    private const int MessagesKept = 5;
    private readonly object _gate = new();
    private readonly List<double> _milliseconds = [];
    private readonly List<string> _messages = [];

    public ActionKind Kind { get; } = kind;
    public int Count { get { lock (_gate) return _milliseconds.Count; } }
    public int Errors { get; private set; }
    public IReadOnlyList<string> Messages { get { lock (_gate) return [.. _messages]; } }

    public void Add(double milliseconds, string? error)
    {
        lock (_gate)
        {
            _milliseconds.Add(milliseconds);
            if (error is null) return;
            Errors++;
            if (_messages.Count < MessagesKept && !_messages.Contains(error)) _messages.Add(error);
        }
    }

    public List<double> Sorted() { lock (_gate) return [.. _milliseconds.Order()]; }

    /// <summary>Nearest-rank percentile of sorted latencies (p in 0–100).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
