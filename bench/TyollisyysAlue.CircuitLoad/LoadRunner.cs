using System.Diagnostics;
using TyollisyysAlue.CircuitLoad.Server;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>
/// What a run measured: the actions, each server's samples and forced collections (one server, or each <c>--node</c>),
/// and what each user left.
/// </summary>
public sealed record RunResult(
    RunOptions Options, ActionRecorder Actions, IReadOnlyList<UserOutcome> Users, IReadOnlyList<ServerRun> Servers,
    IReadOnlyList<string> Problems, TimeSpan Elapsed, double LoadAtStart, double LoadAtEnd)
{
    public double ErrorRate => Actions.Count == 0 ? 1 : (double)Actions.Errors / Actions.Count;
    public bool Passed => ErrorRate <= Options.MaxErrorRate;
}

/// <summary>
/// Runs N users for the given time: a forced full GC of each server as the baseline, the users started evenly over the ramp, each
/// running the scenario until the time is up, its rounds are done or <paramref name="abort"/> (Ctrl-C), then — with every circuit still
/// open — a last sample and a forced full GC of each server, and only then every user disposed.
/// </summary>
public sealed class LoadRunner(RunOptions options, IReadOnlyList<CircuitUserProfile> accounts, Func<int, CircuitUserProfile, ICircuitUser> create)
{
    public async Task<RunResult> RunAsync(CancellationToken abort)
    {
        await using var servers = new ServerSamplers(options);
        var loadAtStart = ServerSampler.LoadAverage();
        await servers.ForceBaselineGcAsync();
        servers.Start();
        var problems = new List<string>();
        var recorder = new ActionRecorder();
        var scenario = new Scenario(options, recorder);
        var users = new List<ICircuitUser>();
        var outcomes = new List<UserOutcome>();
        var watch = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(abort);
        stop.CancelAfter(TimeSpan.FromSeconds(options.Seconds));
        var running = new List<Task>();
        try
        {
            for (var i = 0; i < options.Users && !stop.IsCancellationRequested; i++)
            {
                var due = TimeSpan.FromSeconds((double)options.RampSeconds * i / options.Users);
                if (due > watch.Elapsed) await DelayAsync(due - watch.Elapsed, stop.Token);
                if (stop.IsCancellationRequested) break;
                var profile = accounts[i % accounts.Count];
                var user = create(i, profile);
                var outcome = new UserOutcome(i, profile);
                users.Add(user);
                outcomes.Add(outcome);
                running.Add(Task.Run(() => scenario.RunAsync(user, outcome.Index, outcome, stop.Token), CancellationToken.None));
            }
            await Task.WhenAny(Task.WhenAll(running), DelayAsync(Timeout.InfiniteTimeSpan, stop.Token));
            await Task.WhenAll(running);
            var elapsed = watch.Elapsed;
            var measured = await servers.FinishAsync(node => node is null ? users.Count : recorder.Nodes.GetValueOrDefault(node)?.Users ?? 0);
            problems.AddRange(servers.Problems());
            return new RunResult(options, recorder, outcomes, measured, problems, elapsed, loadAtStart, ServerSampler.LoadAverage());
        }
        finally
        {
            await Task.WhenAll(running); // nothing is disposed under a running action
            foreach (var user in users)
            {
                try { await user.DisposeAsync(); }
                catch (Exception e) when (e is not OutOfMemoryException) { problems.Add($"disposing a user: {e.Message}"); }
            }
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try { await Task.Delay(delay, ct); }
        catch (OperationCanceledException) { /* the run is over */ }
    }
}
