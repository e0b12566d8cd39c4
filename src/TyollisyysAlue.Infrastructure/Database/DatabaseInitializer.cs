using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Infrastructure.Database.Provisioning;
using TyollisyysAlue.Infrastructure.Persistence;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.Infrastructure.Database;

/// <summary>
/// Brings the database to the current version as the owner role: migrations, row-level security, and the
/// runtime role's privileges (the audit log append-only). Refuses a runtime role that could bypass RLS, and a database
/// made by migrations this version does not have (<see cref="MigrationHistoryCheck"/>; in Development, where
/// <c>recreateIfUnknownHistory</c> is true, such a database is emptied and rebuilt instead).
/// </summary>
public static class DatabaseInitializer
{
    private const long AdvisoryLockKey = 0x7459_6F6C_6C69; // "tyolli": one initializer at a time across instances

    public static async Task InitializeAsync(DatabaseConnections connections, ILogger logger,
        bool recreateIfUnknownHistory = false, CancellationToken ct = default)
    {
        await using (var owner = CreateOwnerContext(connections.Owner))
        {
            await MigrationHistoryCheck.EnsureUpgradableAsync(owner, recreateIfUnknownHistory, logger, ct);
            var pending = (await owner.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0) logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
            await owner.Database.MigrateAsync(ct);
            await ApplySecurityAsync(owner, connections, ct);
        }
        await VerifyRuntimeRoleAsync(connections, ct);
    }

    public static AppDbContext CreateOwnerContext(string ownerConnection) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseAppDatabase(ownerConnection).Options, new AreaContext());

    private static async Task ApplySecurityAsync(AppDbContext owner, DatabaseConnections connections, CancellationToken ct)
    {
        var runtime = ClusterBootstrap.Quote(connections.RuntimeRole);
        await EnsureRuntimeRoleExistsAsync(owner, connections, ct);
        await using var transaction = await owner.Database.BeginTransactionAsync(ct);
        await owner.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
        await owner.Database.ExecuteSqlRawAsync(RowLevelSecurity.Script(owner.Model), ct);
        // Role names cannot be bound parameters; they come from our own configuration and are quoted.
#pragma warning disable EF1002
        await owner.Database.ExecuteSqlRawAsync($"""
            GRANT USAGE ON SCHEMA public TO {runtime};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {runtime};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {runtime};
            REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM {runtime};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "__EFMigrationsHistory" FROM {runtime};
            """, ct);
#pragma warning restore EF1002
        await transaction.CommitAsync(ct);
    }

    /// <summary>With configured connections the runtime role may not exist yet: create it if the owner may.</summary>
    private static async Task EnsureRuntimeRoleExistsAsync(AppDbContext owner, DatabaseConnections connections, CancellationToken ct)
    {
        var exists = await owner.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM pg_roles WHERE rolname = {connections.RuntimeRole}").AnyAsync(ct);
        if (exists) return;
        var password = new NpgsqlConnectionStringBuilder(connections.App).Password ?? string.Empty;
#pragma warning disable EF1002 // identifiers cannot be parameters; both are quoted
        await owner.Database.ExecuteSqlRawAsync(
            $"CREATE ROLE {ClusterBootstrap.Quote(connections.RuntimeRole)} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD {ClusterBootstrap.Literal(password)}", ct);
#pragma warning restore EF1002
    }

    private static async Task VerifyRuntimeRoleAsync(DatabaseConnections connections, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connections.App);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", connection);
        if (await command.ExecuteScalarAsync(ct) is true)
            throw new InvalidOperationException("The App connection's role is a superuser or has BYPASSRLS: tenant isolation would not hold.");
        await using var owns = new NpgsqlCommand(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user", connection);
        if ((long)(await owns.ExecuteScalarAsync(ct))! > 0)
            throw new InvalidOperationException("The App connection's role owns tables: use a separate owner role for migrations.");
    }
}
