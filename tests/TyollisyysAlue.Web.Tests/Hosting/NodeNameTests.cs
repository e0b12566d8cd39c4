using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Web.Hosting;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>Behind the proxy each node can name itself in X-Node (bench/two-node.sh proves the affinity with it); off by default.</summary>
public class NodeNameTests
{
    [Theory]
    [InlineData("node2", "node2")]
    [InlineData(null, null)] // not configured: no header, a single server says nothing about its inside
    [InlineData("", null)]
    public async Task The_configured_node_name_is_in_every_response(string? configured, string? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hosting:NodeName"] = configured,
        }).Build();
        var pipeline = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        pipeline.UseNodeNameHeader(configuration);
        pipeline.Run(context => context.Response.WriteAsync("ok"));
        var context = new DefaultHttpContext();
        var response = new StartableResponse();
        context.Features.Set<IHttpResponseFeature>(response);

        await pipeline.Build()(context);
        await response.StartAsync();

        Assert.Equal(expected, response.Headers.TryGetValue(NodeName.Header, out var value) ? value.ToString() : null);
    }

    /// <summary>A response feature that runs the OnStarting callbacks, as the server does when the response starts.</summary>
    private sealed class StartableResponse : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];

        public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public async Task StartAsync()
        {
            foreach (var (callback, state) in Enumerable.Reverse(_starting)) await callback(state);
        }
    }
}
