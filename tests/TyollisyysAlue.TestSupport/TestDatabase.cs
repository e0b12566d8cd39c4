using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using TyollisyysAlue.Infrastructure.Database;
using TyollisyysAlue.Infrastructure.Database.Provisioning;

namespace TyollisyysAlue.TestSupport;

/// <summary>
/// A real, migrated PostgreSQL for one test run, from the same provisioner the app uses: a Testcontainers
/// container where Docker answers, else a temporary private cluster (removed afterwards). Missing PostgreSQL
/// fails the tests; nothing is skipped.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ProvisionedDatabase _database;

    private TestDatabase(ProvisionedDatabase database) => _database = database;

    public DatabaseConnections Connections => _database.Connections;

    /// <summary>Superuser of the server we provisioned: for test set-up and inspection only.</summary>
    public string Admin => _database.Connections.Admin ?? throw new InvalidOperationException("No superuser connection.");

    public static async Task<TestDatabase> StartAsync(string databaseName = "tyollisyysalue_test")
    {
        var options = new ProvisioningOptions
        {
            DatabaseName = databaseName,
            DataRoot = ProvisioningOptions.NewTemporaryDataRoot(),
            Temporary = true,
        };
        // Empty configuration: provision a server of our own even if the developer configured one for the app.
        var database = await PostgresProvisioner.ProvisionAsync(new ConfigurationBuilder().Build(), options, NullLogger.Instance);
        await DatabaseInitializer.InitializeAsync(database.Connections, NullLogger.Instance);
        return new TestDatabase(database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
