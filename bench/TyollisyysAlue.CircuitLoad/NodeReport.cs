namespace TyollisyysAlue.CircuitLoad;

/// <summary>
/// The report's "per node" table: for each node that served users (the <c>X-Node</c> of their page responses) its
/// users and, per kind of action, count, errors and p50/p95/p99. Printed only when more than one node was seen, so a
/// run against one server reads as it always did.
/// </summary>
public static class NodeReport
{
    public static void Print(ActionRecorder actions, TextWriter output)
    {
        if (actions.Nodes.Count < 2) return;
        output.WriteLine();
        output.WriteLine("Per node (the X-Node of each user's page responses; a user whose node changed counts on both)");
        output.WriteLine($"{"node (users)",-28} {"kind",-11} {"count",7} {"errors",7} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9}");
        foreach (var (node, tally) in actions.Nodes.OrderBy(n => n.Key, StringComparer.Ordinal))
            foreach (var kind in Enum.GetValues<ActionKind>())
                if (tally.Kinds.TryGetValue(kind, out var of))
                    Report.Line(output, $"{node} ({tally.Users} users)", Report.KindName(kind), of.Sorted(), of.Errors);
    }
}
