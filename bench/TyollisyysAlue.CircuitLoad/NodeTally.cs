using System.Collections.Concurrent;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>
/// What one node served: its actions per kind (latencies, errors) and the users it served. A user whose node changed
/// (failover) is counted on each node that served one of its actions, so the nodes' users may add up to more than the run's.
/// </summary>
public sealed class NodeTally
{
    private readonly ConcurrentDictionary<ActionKind, ActionTally> _kinds = new();
    private readonly ConcurrentDictionary<int, byte> _users = new();

    public IReadOnlyDictionary<ActionKind, ActionTally> Kinds => _kinds;
    public int Users => _users.Count;
    public int Count => _kinds.Values.Sum(k => k.Count);
    public int Errors => _kinds.Values.Sum(k => k.Errors);

    public void Add(ActionKind kind, double milliseconds, string? error, int user)
    {
        _kinds.GetOrAdd(kind, k => new ActionTally(k)).Add(milliseconds, error);
        if (user >= 0) _users.TryAdd(user, 0);
    }
}
