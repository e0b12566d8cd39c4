using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Web.Hosting;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>
/// Behind nginx the rate limits and the sign-in throttle must see the client's address, not the proxy's; and only a
/// configured proxy may say what that address is.
/// </summary>
public class ReverseProxyTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", "203.0.113.5", "203.0.113.5")] // the configured proxy: its header is taken
    [InlineData("", "127.0.0.1", "203.0.113.5", "127.0.0.1")]          // no proxy configured: the header is ignored
    [InlineData("127.0.0.1", "198.51.100.9", "203.0.113.5", "198.51.100.9")] // from elsewhere: a client can't choose its address
    public async Task The_client_address_comes_from_a_known_proxy_only(string proxies, string from, string forwardedFor, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReverseProxy:KnownProxies:0"] = proxies.Length == 0 ? null : proxies,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddAppReverseProxy(configuration).BuildServiceProvider();
        IPAddress? seen = null;
        var pipeline = new ApplicationBuilder(services);
        pipeline.UseAppReverseProxy();
        pipeline.Run(request => { seen = request.Connection.RemoteIpAddress; return Task.CompletedTask; });
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(from);
        context.Request.Headers["X-Forwarded-For"] = forwardedFor;

        await pipeline.Build()(context);

        Assert.Equal(IPAddress.Parse(expected), seen);
    }
}

public class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", null, false, true)]
    [InlineData("::1", null, false, true)]
    [InlineData("127.0.0.1", null, true, false)]      // came through the proxy: never
    [InlineData("192.0.2.10", null, false, false)]    // anywhere else: no
    [InlineData("192.0.2.10", "192.0.2.10", false, true)] // the configured Prometheus server
    public void Only_loopback_or_a_configured_scraper_reads_the_metrics(string from, string? allowed, bool viaProxy, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(from);
        if (viaProxy) context.Request.Headers["X-Forwarded-For"] = "203.0.113.5";
        var list = allowed is null ? new HashSet<IPAddress>() : [IPAddress.Parse(allowed)];

        Assert.Equal(expected, Telemetry.MayScrape(context, list));
    }
}
