using System.Net;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace TyollisyysAlue.Web.Hosting;

/// <summary>
/// Monitoring (issue 17, docs/deployment.md "Monitoring"): the metrics ASP.NET Core, Blazor, Npgsql, EF Core and the
/// runtime already publish through System.Diagnostics.Metrics, collected by OpenTelemetry and offered at
/// <c>/metrics</c> in Prometheus text format. No metric of our own is needed for circuits, requests or SQL: the
/// framework's meters carry them (aspnetcore.components.circuit.active/connected, http.server.request.duration,
/// db.client.operation.duration and the Npgsql pool's connection counts).
/// </summary>
public static class Telemetry
{
    /// <summary>The meters collected; each is the publisher's own name (see the ASP.NET Core built-in metrics reference).</summary>
    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting",                    // requests: count, duration, active
        "Microsoft.AspNetCore.Server.Kestrel",             // connections, WebSocket upgrades
        "Microsoft.AspNetCore.Http.Connections",           // SignalR connections (each circuit has one)
        "Microsoft.AspNetCore.Components",                 // navigations, event handler durations
        "Microsoft.AspNetCore.Components.Server.Circuits", // circuits active / connected, lifetimes
        "Microsoft.AspNetCore.RateLimiting",               // refused requests
        "Npgsql",                                          // SQL commands, durations, pool usage
        "Microsoft.EntityFrameworkCore",                   // queries, saves, optimistic-concurrency failures
        "System.Runtime",                                  // GC heap, CPU time, thread pool
    ];

    public const string ScrapePath = "/metrics";

    public sealed class Options
    {
        /// <summary>Serve /metrics at all (on by default; scraping is refused from anywhere but loopback, see below).</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>
        /// Addresses allowed to scrape besides loopback (e.g. the Prometheus server's). A request that came through
        /// the reverse proxy (it carries X-Forwarded-For) is never allowed: the proxy's own loopback address must not
        /// open the figures to the internet. docs/deployment.md also denies the path in nginx.
        /// </summary>
        public List<string> AllowedAddresses { get; set; } = [];
    }

    public static IServiceCollection AddAppTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Metrics").Get<Options>() ?? new Options();
        services.AddSingleton(options);
        if (!options.Enabled) return services;
        services.AddOpenTelemetry()
            // Two nodes on one host are told apart by their Hosting:NodeName (as in X-Node), else by the host name.
            .ConfigureResource(resource => resource.AddService("TyollisyysAlue",
                serviceInstanceId: configuration["Hosting:NodeName"] is { Length: > 0 } node ? node : Environment.MachineName))
            .WithMetrics(metrics => metrics.AddMeter(Meters).AddPrometheusExporter());
        return services;
    }

    public static void UseAppMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Options>();
        if (!options.Enabled) return;
        var allowed = options.AllowedAddresses.Select(IPAddress.Parse).ToHashSet();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path.Equals(ScrapePath, StringComparison.OrdinalIgnoreCase) && MayScrape(context, allowed));
    }

    /// <summary>A request that may not scrape falls through to the app's own "not found".</summary>
    internal static bool MayScrape(HttpContext context, IReadOnlySet<IPAddress> allowed)
    {
        if (context.Request.Headers.ContainsKey("X-Forwarded-For")) return false;
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return IPAddress.IsLoopback(address) || allowed.Contains(address);
    }
}
