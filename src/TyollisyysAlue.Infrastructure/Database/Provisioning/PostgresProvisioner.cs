using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace TyollisyysAlue.Infrastructure.Database.Provisioning;

/// <summary>
/// One way to get a real PostgreSQL for the app and the tests: the configured connection strings if there are
/// any; else a Testcontainers container when a Docker engine answers; else a private cluster from the server
/// binaries on this machine. Never an in-memory or SQLite stand-in.
/// </summary>
public static class PostgresProvisioner
{
    public static async Task<ProvisionedDatabase> ProvisionAsync(IConfiguration configuration, ProvisioningOptions options,
        ILogger logger, CancellationToken ct = default)
    {
        var owner = configuration.GetConnectionString("Owner");
        var app = configuration.GetConnectionString("App");
        if (!string.IsNullOrWhiteSpace(owner) || !string.IsNullOrWhiteSpace(app))
        {
            if (string.IsNullOrWhiteSpace(owner) || string.IsNullOrWhiteSpace(app))
                throw new InvalidOperationException(
                    "Configure both ConnectionStrings:Owner (owns the tables, runs migrations) and ConnectionStrings:App (runtime role).");
            return new ProvisionedDatabase(new DatabaseConnections(owner, app), "configured connection strings");
        }
        if (options.TryContainers && await ContainerPostgres.TryStartAsync(options, logger, ct) is { } container)
            return container;
        return await new LocalPostgresCluster(options, logger).StartAsync(ct);
    }
}
