using System.Globalization;
using TyollisyysAlue.CircuitLoad.Server;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>
/// The end of a run: per action count, errors and p50/p95/p99 (nearest rank); per node when more than one served the
/// users (<see cref="NodeReport"/>); then the server's figures, or each node's.
/// </summary>
public static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const double MB = 1024 * 1024;

    public static void Print(RunResult run, IEnumerable<string> commandLine, TextWriter output)
    {
        var o = run.Options;
        output.WriteLine();
        output.WriteLine($"circuitload {Masked(commandLine)}");
        output.WriteLine(string.Create(Inv, $"{o.Users} users ({o.Driver}, {o.Mode}), ramp {o.RampSeconds} s, think {o.ThinkSeconds} s ± {o.ThinkJitter:P0}, measured {run.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine();
        output.WriteLine($"{"action",-28} {"kind",-11} {"count",7} {"errors",7} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9}");
        foreach (var (name, tally) in Ordered(run.Actions))
            Line(output, name, KindName(tally.Kind), tally.Sorted(), tally.Errors);
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            var of = run.Actions.Actions.Values.Where(t => t.Kind == kind).ToList();
            Line(output, $"all {KindName(kind)}s", "", [.. of.SelectMany(t => t.Sorted()).Order()], of.Sum(t => t.Errors));
        }
        foreach (var (name, tally) in run.Actions.Actions.Where(a => a.Value.Errors > 0))
            foreach (var message in tally.Messages) output.WriteLine($"  error of {name}: {message}");
        NodeReport.Print(run.Actions, output);

        output.WriteLine();
        if (run.Servers is [{ Node: null } one])
            Server(one, "Server", true, output);
        else
        {
            foreach (var server in run.Servers) Server(server, $"Server {server.Node}", false, output);
            // One database behind every node: its sessions once (the first node's sampler counts them).
            output.WriteLine("PostgreSQL (one database for the nodes)");
            Figure(output, "PostgreSQL connections peak / at end", run.Servers.SelectMany(x => x.Samples).Select(x => (double?)x.PgConnections), v => $"{v:0}");
        }
        var load = run.Servers.SelectMany(x => x.Samples).Select(x => x.LoadAverage).DefaultIfEmpty(double.NaN).Max();
        output.WriteLine(string.Create(Inv, $"  machine load average (1 min): {run.LoadAtStart:0.00} at start, {load:0.00} peak, {run.LoadAtEnd:0.00} at end; {Environment.ProcessorCount} cores"));
        foreach (var problem in run.Problems) output.WriteLine($"  note: {problem}");
        output.WriteLine(string.Create(Inv, $"Errors {run.Actions.Errors} of {run.Actions.Count} actions ({run.ErrorRate:P2}, limit {o.MaxErrorRate:P2}): {(run.Passed ? "passed" : "FAILED")}"));
    }

    /// <summary>The command line as given, without the password of a --pg connection string.</summary>
    public static string Masked(IEnumerable<string> commandLine) =>
        System.Text.RegularExpressions.Regex.Replace(string.Join(' ', commandLine), @"(?i)(password|pwd)=[^; ]*", "$1=***");

    private static IEnumerable<KeyValuePair<string, ActionTally>> Ordered(ActionRecorder actions)
    {
        var order = new[] { Scenario.SignIn }.Concat(Scenario.Loop.Select(l => l.Name)).ToList();
        return actions.Actions.OrderBy(a => order.IndexOf(a.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(a => a.Key, StringComparer.Ordinal);
    }

    /// <summary>One line of a latency table: count, errors, p50/p95/p99 of the sorted latencies.</summary>
    internal static void Line(TextWriter output, string name, string kind, List<double> sorted, int errors) =>
        output.WriteLine(string.Create(Inv,
            $"{name,-28} {kind,-11} {sorted.Count,7} {errors,7} {ActionTally.Percentile(sorted, 50),9:0.0} {ActionTally.Percentile(sorted, 95),9:0.0} {ActionTally.Percentile(sorted, 99),9:0.0}"));

    internal static string KindName(ActionKind kind) => kind == ActionKind.BackgroundSave ? "autosave" : kind.ToString().ToLowerInvariant();

    /// <summary>One server's block; with <paramref name="withPg"/> the PostgreSQL sessions too (one server: as before nodes existed).</summary>
    private static void Server(ServerRun server, string title, bool withPg, TextWriter output)
    {
        var s = server.Samples;
        // Per circuit means per circuit actually open at the end (SignalR's count), not per user started: a user whose
        // sign-in failed holds none.
        var n = server.CircuitsAtEnd;
        output.WriteLine(title);
        Figure(output, "circuits (gauge) peak / at end", s.Select(x => x.Circuits), v => $"{v:0}");
        Figure(output, "SignalR connections peak / at end", s.Select(x => x.SignalRConnections), v => $"{v:0}");
        if (withPg) Figure(output, "PostgreSQL connections peak / at end", s.Select(x => (double?)x.PgConnections), v => $"{v:0}");
        Figure(output, "VmRSS MB peak / at end", s.Select(x => x.VmRssBytes / MB), v => $"{v:0.0}");
        Average(output, "VmRSS MB average", s.Select(x => x.VmRssBytes / MB));
        Figure(output, "working set MB peak / at end", s.Select(x => x.WorkingSetBytes / MB), v => $"{v:0.0}");
        Figure(output, "GC heap after last GC MB peak / at end", s.Select(x => x.GcHeapBytes / MB), v => $"{v:0.0}");
        Cpu(output, s);
        if (server.Baseline is { } before && server.AtEnd is { } after)
        {
            output.WriteLine(string.Create(Inv, $"  heap after a forced full GC: {before.HeapBytes / MB:0.0} MB before the users, {after.HeapBytes / MB:0.0} MB with {n} circuits open → {(after.HeapBytes - before.HeapBytes) / MB / Math.Max(1, n):0.000} MB per circuit"));
            if (before.VmRssBytes is { } rss0 && after.VmRssBytes is { } rss1)
                output.WriteLine(string.Create(Inv, $"  RSS after the forced GC: {rss0 / MB:0.0} MB before, {rss1 / MB:0.0} MB at end → {(rss1 - rss0) / MB / Math.Max(1, n):0.000} MB per circuit"));
        }
    }

    private static void Figure(TextWriter output, string label, IEnumerable<double?> values, Func<double, string> format)
    {
        var known = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        if (known.Count == 0) return;
        output.WriteLine($"  {label}: {format(known.Max())} / {format(known[^1])}");
    }

    private static void Average(TextWriter output, string label, IEnumerable<double?> values)
    {
        var known = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        if (known.Count > 0) output.WriteLine(string.Create(Inv, $"  {label}: {known.Average():0.0}"));
    }

    /// <summary>The app's CPU time between samples as a share of one core (200 % = both of two cores).</summary>
    private static void Cpu(TextWriter output, IReadOnlyList<ServerSample> samples)
    {
        var shares = samples.Zip(samples.Skip(1))
            .Where(p => p.First.CpuSeconds.HasValue && p.Second.CpuSeconds.HasValue && p.Second.At > p.First.At)
            .Select(p => (p.Second.CpuSeconds!.Value - p.First.CpuSeconds!.Value) / (p.Second.At - p.First.At).TotalSeconds)
            .ToList();
        if (shares.Count > 0)
            output.WriteLine(string.Create(Inv, $"  app CPU (share of one core): {shares.Average():P0} average, {shares.Max():P0} peak"));
    }
}
