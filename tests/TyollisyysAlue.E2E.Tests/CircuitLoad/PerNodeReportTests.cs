using System.Text.Json;
using TyollisyysAlue.CircuitLoad;
using TyollisyysAlue.CircuitLoad.Server;

namespace TyollisyysAlue.E2E.Tests.CircuitLoad;

/// <summary>
/// The runner's per-node figures (issue 17, point 5) without an app: the scenario records each action with the node
/// that served the user at that time, and the report and the JSON summary show them per node only when there are two.
/// </summary>
public sealed class PerNodeReportTests
{
    private static readonly RunOptions OneRound = new() { Driver = DriverKind.Headless, Users = 2, ThinkSeconds = 0, Rounds = 1 };

    [Fact]
    public async Task A_user_whose_node_changes_is_split_at_the_change()
    {
        var recorder = await RunAsync(new ScriptedCircuitUser("node1", after: "node2"), new ScriptedCircuitUser("node2"));

        var node1 = recorder.Nodes["node1"];
        var node2 = recorder.Nodes["node2"];
        // User 0 on node1: sign in, overview and split (navigations), tab, trace and save (interactions).
        Assert.Equal(1, node1.Users);
        Assert.Equal(3, node1.Kinds[ActionKind.Navigation].Count);
        Assert.Equal(3, node1.Kinds[ActionKind.Interaction].Count);
        Assert.False(node1.Kinds.ContainsKey(ActionKind.BackgroundSave));
        // User 0 from the plan on (plan, export; the autosave) and all nine of user 1.
        Assert.Equal(2, node2.Users);
        Assert.Equal(2 + 5, node2.Kinds[ActionKind.Navigation].Count);
        Assert.Equal(3, node2.Kinds[ActionKind.Interaction].Count);
        Assert.Equal(1 + 1, node2.Kinds[ActionKind.BackgroundSave].Count);
        Assert.Equal(recorder.Count, node1.Count + node2.Count);
        Assert.Equal(0, node1.Errors + node2.Errors);
    }

    [Fact]
    public async Task The_report_has_a_per_node_table_and_a_server_block_per_node_when_two_nodes_served()
    {
        var recorder = await RunAsync(new ScriptedCircuitUser("node1", after: "node2"), new ScriptedCircuitUser("node2"));
        var servers = new[] { Server("node1", pg: 7), Server("node2", pg: null) };

        var report = Print(recorder, servers);

        Assert.Contains("Per node", report, StringComparison.Ordinal);
        Assert.Matches(@"node1 \(1 users\)\s+navigation\s+3\s+0\s", report);
        Assert.Matches(@"node2 \(2 users\)\s+navigation\s+7\s+0\s", report);
        Assert.Matches(@"node2 \(2 users\)\s+autosave\s+2\s+0\s", report);
        Assert.Contains("Server node1", report, StringComparison.Ordinal);
        Assert.Contains("Server node2", report, StringComparison.Ordinal);
        Assert.Single(report.Split('\n'), line => line.Contains("PostgreSQL connections peak / at end: 7 / 7", StringComparison.Ordinal));
        // The whole-run table is still there: every sign-in of both users.
        Assert.Matches(@"sign in\s+navigation\s+2\s+0\s", report);
    }

    [Fact]
    public async Task One_node_or_none_gives_no_per_node_table()
    {
        foreach (var node in new[] { "node1", null })
        {
            var recorder = await RunAsync(new ScriptedCircuitUser(node), new ScriptedCircuitUser(node));

            var report = Print(recorder, [Server(null, pg: 3)]);

            Assert.Equal(node is null ? 0 : 1, recorder.Nodes.Count);
            Assert.DoesNotContain("Per node", report, StringComparison.Ordinal);
            Assert.Contains("\nServer\n", report.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Contains("PostgreSQL connections peak / at end: 3 / 3", report, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_json_summary_names_every_node_with_its_users_errors_and_server()
    {
        var recorder = await RunAsync(new ScriptedCircuitUser("node1", after: "node2"), new ScriptedCircuitUser("node2"));
        var run = Result(recorder, [Server("node1", pg: 7), Server("node2", pg: null)]);

        using var json = JsonDocument.Parse(RunSummary.ToJson(run));

        var root = json.RootElement;
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(18, root.GetProperty("actions").GetInt32());
        var nodes = root.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("node").GetString()!);
        Assert.Equal(new[] { "node1", "node2" }, nodes.Keys.ToArray());
        Assert.Equal(1, nodes["node1"].GetProperty("users").GetInt32());
        Assert.Equal(2, nodes["node2"].GetProperty("users").GetInt32());
        Assert.Equal(3, nodes["node1"].GetProperty("kinds").GetProperty("interaction").GetProperty("count").GetInt32());
        Assert.Equal(4, nodes["node2"].GetProperty("server").GetProperty("circuitsAtEnd").GetInt32());
    }

    private static async Task<ActionRecorder> RunAsync(params ICircuitUser[] users)
    {
        var recorder = new ActionRecorder();
        var scenario = new Scenario(OneRound, recorder);
        for (var i = 0; i < users.Length; i++)
            await scenario.RunAsync(users[i], i, new UserOutcome(i, users[i].Profile), CancellationToken.None);
        return recorder;
    }

    private static ServerRun Server(string? node, int? pg) =>
        new(node, [new ServerSample(TimeSpan.Zero, 4, 4, 1, 1e6, 2e6, 3_000_000, pg, 0.5)], null, null, 4);

    private static RunResult Result(ActionRecorder recorder, IReadOnlyList<ServerRun> servers) =>
        new(OneRound, recorder, [], servers, [], TimeSpan.FromSeconds(1), 0, 0);

    private static string Print(ActionRecorder recorder, IReadOnlyList<ServerRun> servers)
    {
        var output = new StringWriter();
        Report.Print(Result(recorder, servers), ["(test)"], output);
        return output.ToString();
    }
}
