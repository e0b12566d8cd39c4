using System.Diagnostics;

namespace TyollisyysAlue.CircuitLoad;

/// <summary>
/// What one simulated user does, in a closed loop with think time: overview → budget split → switch tab → trace a
/// member → edit and save a budget line → plan → type in a section (autosave) → export download. Idle users sign in,
/// open the budget and hold their circuit. Every action is timed and recorded with its kind.
/// </summary>
public sealed class Scenario(RunOptions options, ActionRecorder recorder)
{
    public const string SignIn = "sign in";

    /// <summary>The loop of an active user, in order (name, kind, what it calls).</summary>
    public static readonly IReadOnlyList<(string Name, ActionKind Kind)> Loop =
    [
        ("overview", ActionKind.Navigation),
        ("budget split", ActionKind.Navigation),
        ("switch tab", ActionKind.Interaction),
        ("trace member", ActionKind.Interaction),
        ("edit+save budget line", ActionKind.Interaction),
        ("plan", ActionKind.Navigation),
        ("type in section (autosave)", ActionKind.BackgroundSave),
        ("export download", ActionKind.Navigation),
    ];

    /// <summary>
    /// Until <paramref name="stop"/> (the in-flight action finishes, so the end of a run records no false errors) or,
    /// with <see cref="RunOptions.Rounds"/>, until the user has done that many rounds.
    /// </summary>
    public async Task RunAsync(ICircuitUser user, int index, UserOutcome outcome, CancellationToken stop)
    {
        var random = new Random(unchecked(options.Seed * 7919 + index));
        var round = 0;
        while (!stop.IsCancellationRequested && !await TimedAsync(user, index, SignIn, ActionKind.Navigation, () => user.SignInAsync(CancellationToken.None)))
            await ThinkAsync(random, stop);
        if (options.Mode == LoadMode.Idle)
        {
            if (!stop.IsCancellationRequested) await TimedAsync(user, index, "budget split", ActionKind.Navigation, () => user.OpenBudgetSplitAsync(CancellationToken.None));
            await HoldAsync(stop);
            return;
        }
        while (!stop.IsCancellationRequested)
        {
            round++;
            foreach (var (name, kind) in Loop)
            {
                await ThinkAsync(random, stop);
                if (stop.IsCancellationRequested) return;
                await TimedAsync(user, index, name, kind, () => Act(user, name, index, round, outcome));
            }
            outcome.Rounds = round;
            if (round == options.Rounds) return;
        }
    }

    private static Task Act(ICircuitUser user, string name, int index, int round, UserOutcome outcome) => name switch
    {
        "overview" => user.OpenOverviewAsync(CancellationToken.None),
        "budget split" => user.OpenBudgetSplitAsync(CancellationToken.None),
        "switch tab" => user.SwitchBudgetTabAsync(CancellationToken.None),
        "trace member" => user.TraceMemberAsync(CancellationToken.None),
        "edit+save budget line" => SaveLineAsync(user, outcome),
        "plan" => user.OpenPlanAsync(CancellationToken.None),
        "type in section (autosave)" => user.TypeInPlanSectionAsync($"Kuormitustesti: käyttäjä {index}, kierros {round}.", CancellationToken.None),
        "export download" => user.DownloadExportAsync(CancellationToken.None),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not an action of the scenario"),
    };

    private static async Task SaveLineAsync(ICircuitUser user, UserOutcome outcome) =>
        outcome.LastSavedAmount = await user.EditAndSaveBudgetLineAsync(CancellationToken.None);

    /// <summary>
    /// Times one action and records it with the node that served the user when it ended: the action's own page
    /// response names it, so after a failover each action counts on the node that answered it (a failed action on the
    /// node that was lost).
    /// </summary>
    private async Task<bool> TimedAsync(ICircuitUser user, int index, string name, ActionKind kind, Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        string? error = null;
        try { await action(); }
        catch (CircuitActionException e) { error = e.Message; }
        catch (Exception e) when (e is not OutOfMemoryException) { error = $"{e.GetType().Name}: {e.Message.Split('\n')[0]}"; }
        recorder.Add(name, kind, watch.Elapsed.TotalMilliseconds, error, user.Node, index);
        return error is null;
    }

    private async Task ThinkAsync(Random random, CancellationToken stop)
    {
        var factor = 1 + options.ThinkJitter * (2 * random.NextDouble() - 1);
        try { await Task.Delay(TimeSpan.FromSeconds(options.ThinkSeconds * factor), stop); }
        catch (OperationCanceledException) { /* the run is over */ }
    }

    private static async Task HoldAsync(CancellationToken stop)
    {
        try { await Task.Delay(Timeout.Infinite, stop); }
        catch (OperationCanceledException) { /* the run is over */ }
    }
}

/// <summary>What a user's run left behind that a caller may check (e.g. the smoke test looks the saved line up).</summary>
public sealed class UserOutcome(int index, CircuitUserProfile profile)
{
    public int Index { get; } = index;
    public CircuitUserProfile Profile { get; } = profile;
    public decimal? LastSavedAmount { get; set; }
    public int Rounds { get; set; }
}
