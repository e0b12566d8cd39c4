using Microsoft.AspNetCore.Components.Server;

namespace TyollisyysAlue.Web.Hosting;

/// <summary>
/// Blazor Server's circuit options from the <c>Circuits</c> section (appsettings.json holds the values chosen with the
/// measurements of bench/README.md "Circuit options and GC"; docs/deployment.md "Sizing" says why). Bound onto the
/// framework's own <see cref="CircuitOptions"/>, so any of its properties can be set per deployment.
/// </summary>
public static class CircuitSettings
{
    public const string Section = "Circuits";

    public static IServiceCollection AddAppCircuits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CircuitOptions>(configuration.GetSection(Section));
        return services;
    }
}
