using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using TyollisyysAlue.Infrastructure.Database;
using TyollisyysAlue.Infrastructure.Database.Provisioning;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Application.Tests.Schema;

/// <summary>
/// A database made from the migration history before the baseline (its history holds the squashed ids) cannot be
/// upgraded: in Development it is emptied and rebuilt with a log line saying so, anywhere else the start is refused.
/// Each test makes a database of its own in the fixture's cluster.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class UnknownHistoryTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task In_development_a_database_of_the_old_history_is_rebuilt_from_the_baseline_with_a_warning()
    {
        var connections = await DatabaseOfTheOldHistoryAsync();
        var log = new RecordingLogger();

        await DatabaseInitializer.InitializeAsync(connections, log, recreateIfUnknownHistory: true);

        var warning = Assert.Single(log.Warnings);
        Assert.Contains("recreating it from the baseline", warning, StringComparison.Ordinal);
        Assert.Contains("before the schema baseline", warning, StringComparison.Ordinal);
        Assert.Contains("20261122173457_InitialSchema", warning, StringComparison.Ordinal);
        await using var owner = DatabaseInitializer.CreateOwnerContext(connections.Owner);
        Assert.Equal(owner.Database.GetMigrations(), await owner.Database.GetAppliedMigrationsAsync());
        Assert.False(await OldMigrationHistory.MarkerExistsAsync(connections.Owner), "the old data should be gone");
        await using var admin = await AdminOnAsync(connections);
        await using var forced = new NpgsqlCommand("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'memberships'", admin);
        Assert.Equal(true, await forced.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Elsewhere_the_start_is_refused_with_what_to_do_and_the_database_is_left_as_it_was()
    {
        var connections = await DatabaseOfTheOldHistoryAsync();

        var refusal = await Assert.ThrowsAsync<UnknownMigrationHistoryException>(
            () => DatabaseInitializer.InitializeAsync(connections, new RecordingLogger(), recreateIfUnknownHistory: false));

        Assert.Contains("before the schema baseline", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("cannot upgrade it", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("drop and create the database empty", refusal.Message, StringComparison.Ordinal);
        await using var owner = DatabaseInitializer.CreateOwnerContext(connections.Owner);
        Assert.True(await OldMigrationHistory.MarkerExistsAsync(connections.Owner));
        Assert.Contains("20261122173457_InitialSchema", await owner.Database.GetAppliedMigrationsAsync());
    }

    /// <summary>
    /// A database of its own, built and then given the old history's migration ids (as every developer's kept cluster
    /// has them) and a row of data that recreating would lose.
    /// </summary>
    private async Task<DatabaseConnections> DatabaseOfTheOldHistoryAsync()
    {
        var name = "legacy_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(fixture.Database.Admin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} OWNER {ProvisioningOptions.OwnerRole}", admin);
            await create.ExecuteNonQueryAsync();
        }
        string On(string connection) => new NpgsqlConnectionStringBuilder(connection) { Database = name }.ConnectionString;
        var connections = new DatabaseConnections(On(fixture.Database.Connections.Owner), On(fixture.Database.Connections.App),
            On(fixture.Database.Admin));
        await using (var admin = await AdminOnAsync(connections))
        {
            await using var schema = new NpgsqlCommand($"ALTER SCHEMA public OWNER TO {ProvisioningOptions.OwnerRole}", admin);
            await schema.ExecuteNonQueryAsync();
        }
        await DatabaseInitializer.InitializeAsync(connections, new RecordingLogger());
        await OldMigrationHistory.ApplyAsync(connections.Owner);
        return connections;
    }

    private static async Task<NpgsqlConnection> AdminOnAsync(DatabaseConnections connections)
    {
        var admin = new NpgsqlConnection(connections.Admin);
        await admin.OpenAsync();
        return admin;
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) lock (Warnings) Warnings.Add(formatter(state, exception));
        }
    }
}
