using Microsoft.Extensions.Logging;
using Testcontainers.PostgreSql;

namespace TyollisyysAlue.Infrastructure.Database.Provisioning;

/// <summary>A Testcontainers PostgreSQL, used when a Docker engine answers (e.g. GitHub Actions).</summary>
internal static class ContainerPostgres
{
    public const string Image = "postgres:15-alpine";

    public static bool DockerSeemsAvailable() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");

    public static async Task<ProvisionedDatabase?> TryStartAsync(ProvisioningOptions options, ILogger logger, CancellationToken ct)
    {
        if (!DockerSeemsAvailable()) return null;
        var container = new PostgreSqlBuilder(Image).Build();
        try
        {
            await container.StartAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Docker did not start a PostgreSQL container ({Message}); using the local server binaries instead.", ex.Message);
            await container.DisposeAsync();
            return null;
        }
        var connections = await ClusterBootstrap.EnsureRolesAndDatabaseAsync(container.GetConnectionString(),
            options.DatabaseName, Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), ct);
        return new ProvisionedDatabase(connections, $"Testcontainers {Image}", () => container.DisposeAsync());
    }
}
