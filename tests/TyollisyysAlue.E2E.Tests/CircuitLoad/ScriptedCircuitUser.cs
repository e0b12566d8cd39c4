using TyollisyysAlue.CircuitLoad;

namespace TyollisyysAlue.E2E.Tests.CircuitLoad;

/// <summary>
/// A circuit user without an app for the runner's own tests: every action succeeds at once, and the node serving it
/// moves to <paramref name="after"/> when the plan is opened (as a failover's reload would), or never when null.
/// </summary>
internal sealed class ScriptedCircuitUser(string? node, string? after = null) : ICircuitUser
{
    public CircuitUserProfile Profile { get; } = new("planner@example.fi", "-", "porvoo", 2025);
    public string? Node { get; private set; } = node;

    public Task SignInAsync(CancellationToken ct) => Task.CompletedTask;
    public Task OpenOverviewAsync(CancellationToken ct) => Task.CompletedTask;
    public Task OpenBudgetSplitAsync(CancellationToken ct) => Task.CompletedTask;
    public Task SwitchBudgetTabAsync(CancellationToken ct) => Task.CompletedTask;
    public Task TraceMemberAsync(CancellationToken ct) => Task.CompletedTask;
    public Task<decimal> EditAndSaveBudgetLineAsync(CancellationToken ct) => Task.FromResult(1m);

    public Task OpenPlanAsync(CancellationToken ct)
    {
        if (after is not null) Node = after;
        return Task.CompletedTask;
    }

    public Task TypeInPlanSectionAsync(string text, CancellationToken ct) => Task.CompletedTask;
    public Task<long> DownloadExportAsync(CancellationToken ct) => Task.FromResult(4L);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
