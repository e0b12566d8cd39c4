using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TyollisyysAlue.Web.Hosting;

/// <summary>
/// Behind nginx (docs/deployment.md) every request arrives from the proxy's address. The rate limits and the sign-in
/// throttle partition by client address, so without this every user would share one limit. The client's address and
/// scheme are taken from X-Forwarded-For/-Proto ONLY when the request comes from a proxy listed in
/// <c>ReverseProxy:KnownProxies</c>; with none listed (the default) the headers are ignored, so a client cannot
/// choose its own address.
/// </summary>
public static class ReverseProxy
{
    public sealed class Options
    {
        public List<string> KnownProxies { get; set; } = [];
    }

    public static IServiceCollection AddAppReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = (configuration.GetSection("ReverseProxy").Get<Options>() ?? new Options()).KnownProxies;
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; trust exactly the configured proxies instead.
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in proxies.Where(p => !string.IsNullOrWhiteSpace(p))) forwarded.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            forwarded.ForwardLimit = 1;
        });
        return services;
    }

    /// <summary>Without a configured proxy the middleware stays out: with empty lists it would trust any sender.</summary>
    public static void UseAppReverseProxy(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.Count > 0)
            app.UseForwardedHeaders();
    }
}
