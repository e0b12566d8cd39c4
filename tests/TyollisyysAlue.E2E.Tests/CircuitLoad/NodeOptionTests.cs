using TyollisyysAlue.CircuitLoad;
using TyollisyysAlue.CircuitLoad.Server;

namespace TyollisyysAlue.E2E.Tests.CircuitLoad;

/// <summary>The runner's <c>--node NAME=PID@URL</c> and <c>--summary-json</c> options (no app, no browser).</summary>
public sealed class NodeOptionTests
{
    private static readonly string[] Proxy = ["--driver", "headless", "--url", "http://127.0.0.1:8080"];

    [Fact]
    public void Two_nodes_are_parsed_in_order_with_their_process_and_direct_address()
    {
        var (options, error) = RunOptions.Parse([.. Proxy, "--node", "node1=4101@http://127.0.0.1:5081", "--node", "node2=4102@http://localhost:5082/",
            "--summary-json", "/tmp/summary.json"]);

        Assert.Null(error);
        Assert.Equal(
            new[] { new ServerNode("node1", 4101, new Uri("http://127.0.0.1:5081")), new ServerNode("node2", 4102, new Uri("http://localhost:5082/")) },
            options!.Nodes);
        Assert.Equal("/tmp/summary.json", options.SummaryJson);
        Assert.Equal(new Uri("http://127.0.0.1:8080"), options.Url);
    }

    [Fact]
    public void Without_node_options_the_one_server_is_sampled_as_before()
    {
        var (options, error) = RunOptions.Parse([.. Proxy, "--server-pid", "4100"]);

        Assert.Null(error);
        Assert.Empty(options!.Nodes);
        Assert.Equal(4100, options.ServerPid);
        Assert.Null(options.SummaryJson);
    }

    [Theory]
    [InlineData("node1", "is not --node NAME=PID@")]
    [InlineData("node1=http://127.0.0.1:5081", "is not --node NAME=PID@")]
    [InlineData("=4101@http://127.0.0.1:5081", "is not --node NAME=PID@")]
    [InlineData("node 1=4101@http://127.0.0.1:5081", "the name must be")]
    [InlineData("node1=abc@http://127.0.0.1:5081", "process id must be a positive integer")]
    [InlineData("node1=0@http://127.0.0.1:5081", "process id must be a positive integer")]
    [InlineData("node1=-5@http://127.0.0.1:5081", "process id must be a positive integer")]
    [InlineData("node1=4101@ftp://127.0.0.1/x", "is not an http(s) address")]
    [InlineData("node1=4101@127.0.0.1:5081", "is not an http(s) address")]
    [InlineData("node1=4101@http://192.0.2.10:5081", "only against loopback")]
    public void A_bad_node_value_is_refused_with_a_message_naming_it(string value, string expected)
    {
        var (options, error) = RunOptions.Parse([.. Proxy, "--node", value]);

        Assert.Null(options);
        Assert.Contains("--node", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_named_twice_is_refused()
    {
        var (options, error) = RunOptions.Parse([.. Proxy, "--node", "node1=4101@http://127.0.0.1:5081", "--node", "node1=4102@http://127.0.0.1:5082"]);

        Assert.Null(options);
        Assert.Equal("--node node1 is given twice.", error);
    }

    [Fact]
    public void Server_pid_and_nodes_together_are_refused()
    {
        var (options, error) = RunOptions.Parse([.. Proxy, "--server-pid", "4100", "--node", "node1=4101@http://127.0.0.1:5081"]);

        Assert.Null(options);
        Assert.Contains("--server-pid is for one server", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_that_names_a_folder_is_refused()
    {
        var (options, error) = RunOptions.Parse([.. Proxy, "--summary-json", Path.GetTempPath()]);

        Assert.Null(options);
        Assert.Equal("--summary-json must name a file.", error);
    }
}
