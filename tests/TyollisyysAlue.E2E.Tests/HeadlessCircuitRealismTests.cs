using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.CircuitLoad;
using TyollisyysAlue.CircuitLoad.Headless;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;
using TyollisyysAlue.Texts;
using Xunit.Abstractions;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Issue 17: the load generator's headless driver holds real circuits. The server counts them (its own /metrics),
/// the page the client built from the render batches shows what the application computed, and a line saved through
/// the headless client is in PostgreSQL and in the audit log, as a browser's save would be.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class HeadlessCircuitRealismTests(AppFixture app, ITestOutputHelper output)
{
    private const int Year = 2025; // the demo data's year
    private const string Editor = "planner.porvoo@example.fi";

    /// <summary>Porvoo's accounts (the area every role exists in); the planner twice, as two tabs.</summary>
    private static readonly string[] Accounts =
        [Editor, "committee.porvoo@example.fi", "viewer.porvoo@example.fi", "admin.porvoo@example.fi", Editor];

    [Fact]
    public async Task Headless_circuits_are_counted_by_the_server_show_the_computed_split_and_save_a_line_into_the_database_and_audit_log()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = limit.Token;
        var before = await SettledCountsAsync(ct);
        var users = Accounts.Select(a => new HeadlessCircuitUser(new CircuitUserProfile(a, DemoUsers.Password, "porvoo", Year), app.BaseAddress)).ToList();
        try
        {
            foreach (var user in users) await user.SignInAsync(ct); // one at a time: two cores
            Assert.Equal(users.Count, users.Select(u => u.Circuit.CircuitId).Distinct().Count());

            var open = await CountsAsync(c => c.Connections == before.Connections + users.Count, ct);
            output.WriteLine($"before {before}, with {users.Count} headless circuits {open}");
            Assert.Equal(before.Connections + users.Count, open.Connections);
            Assert.Equal(before.Circuits + users.Count, open.Circuits);

            var split = await SplitAsync();
            var expectedRows = split.Municipalities.Select(m => (m.Code.Value, Formats.Euros(m.Total))).ToList();
            foreach (var user in users)
            {
                await user.OpenBudgetSplitAsync(ct);
                var (heading, rows, total, errors) = user.Circuit.Read(t => (t.Heading(), SplitRows(t), t.ByTestId("grand-total")?.TextContent.Trim(), user.Circuit.Error));
                Assert.Null(errors);
                Assert.Equal("Talousarvio ja kustannustenjako", heading);
                Assert.Equal(expectedRows, rows);
                Assert.Equal(Formats.Euros(split.GrandTotal), total);
            }

            await AssertSavedThroughTheCircuitAsync(users[0], ct);
        }
        finally
        {
            foreach (var user in users) await user.DisposeAsync();
        }

        var closed = await CountsAsync(c => c.Connections == before.Connections, ct);
        Assert.Equal(before.Connections, closed.Connections);
        Assert.Equal(before.Circuits, closed.Circuits);
    }

    /// <summary>Two saves (one euro there and back, as the driver does): each is in the table and the audit log.</summary>
    private async Task AssertSavedThroughTheCircuitAsync(HeadlessCircuitUser user, CancellationToken ct)
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        var changed = await user.EditAndSaveBudgetLineAsync(ct);
        var label = user.LastSavedLine!;
        var (amount, lineId) = await LineAsync(label);
        Assert.Equal(changed, amount);

        var restored = await user.EditAndSaveBudgetLineAsync(ct);
        Assert.Equal(label, user.LastSavedLine);
        Assert.Equal(1m, Math.Abs(restored - changed));
        Assert.Equal(restored, (await LineAsync(label)).Amount);

        await using var scope = await app.Services.AsAsync(DemoAreas.Porvoo, Editor);
        await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync(ct);
        var audited = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKey == lineId.ToString() && a.At >= started && a.Action == AuditAction.Modified)
            .OrderBy(a => a.At).ToListAsync(ct);
        Assert.Equal(2, audited.Count);
        Assert.All(audited, a => Assert.Equal(Editor, a.UserName)); // the write path records who saved
        Assert.Contains(Invariant(changed), audited[0].After, StringComparison.Ordinal);
        Assert.Contains(Invariant(restored), audited[1].After, StringComparison.Ordinal);
    }

    private static string Invariant(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private async Task<(decimal Amount, Guid Id)> LineAsync(string label)
    {
        await using var scope = await app.Services.AsAsync(DemoAreas.Porvoo, Editor);
        await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
        var budget = await db.Budgets.AsNoTracking().SingleAsync(b => b.Year == Year);
        var line = await db.BudgetLines.AsNoTracking().SingleAsync(l => l.BudgetId == budget.Id && l.Label == label);
        return (line.Amount, line.Id);
    }

    private async Task<Domain.CostSharing.CostSplit> SplitAsync()
    {
        await using var scope = await app.Services.AsAsync(DemoAreas.Porvoo, Editor);
        var split = await scope.ServiceProvider.GetRequiredService<YearSplitQuery>().LoadAsync(Year);
        return split?.Split ?? throw new InvalidOperationException("Porvoo has no split for the demo year.");
    }

    /// <summary>The split table's member rows as the client's page shows them: municipality code and total.</summary>
    private static List<(string, string)> SplitRows(DomTree page) =>
        page.ByTestId("split-table")?.ByTag("tbody").Single().ByTag("tr")
            .Select(r => (r["data-code"] ?? "", r.ByTestId("row-total")?.TextContent.Trim() ?? "")).ToList() ?? [];

    private sealed record ServerCounts(long Connections, long Circuits);

    /// <summary>The counts once they stopped moving (the previous test's browser may still be disconnecting).</summary>
    private async Task<ServerCounts> SettledCountsAsync(CancellationToken ct)
    {
        var last = await ReadCountsAsync(ct);
        for (var i = 0; i < 30; i++)
        {
            await Task.Delay(500, ct);
            var now = await ReadCountsAsync(ct);
            if (now == last) return now;
            last = now;
        }
        return last;
    }

    private async Task<ServerCounts> CountsAsync(Func<ServerCounts, bool> reached, CancellationToken ct)
    {
        var counts = await ReadCountsAsync(ct);
        for (var i = 0; i < 60 && !reached(counts); i++)
        {
            await Task.Delay(500, ct);
            counts = await ReadCountsAsync(ct);
        }
        return counts;
    }

    /// <summary>
    /// The server's own figures from /metrics: open SignalR connections and connected circuits. (The framework's
    /// active-circuit gauge drifts over many circuits, dotnet/aspnetcore#63810; the connected one and SignalR's agree.)
    /// </summary>
    private async Task<ServerCounts> ReadCountsAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var text = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative), ct);
        return new ServerCounts(Sum(text, "signalr_server_active_connections"), Sum(text, "aspnetcore_components_circuit_connected"));
    }

    private static long Sum(string metrics, string name) =>
        Series().Matches(metrics).Where(m => m.Groups["name"].Value.StartsWith(name, StringComparison.Ordinal))
            .Sum(m => (long)double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?m)^(?<name>[a-z_]+)(\{[^}]*\})? (?<value>-?[0-9.eE+]+)")]
    private static partial Regex Series();
}
