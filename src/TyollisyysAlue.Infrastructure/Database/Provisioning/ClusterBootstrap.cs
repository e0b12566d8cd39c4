using Npgsql;

namespace TyollisyysAlue.Infrastructure.Database.Provisioning;

/// <summary>
/// On a server we provisioned ourselves (private cluster or container): create the owner role, the runtime
/// role (no superuser, no BYPASSRLS) and the database owned by the owner role. Idempotent.
/// </summary>
internal static class ClusterBootstrap
{
    public static async Task<DatabaseConnections> EnsureRolesAndDatabaseAsync(string superuserConnection, string database,
        string ownerPassword, string appPassword, CancellationToken ct)
    {
        var owner = ProvisioningOptions.OwnerRole;
        var runtime = ProvisioningOptions.RuntimeRole;
        await using (var connection = new NpgsqlConnection(superuserConnection))
        {
            await connection.OpenAsync(ct);
            await EnsureRoleAsync(connection, owner, ownerPassword, "LOGIN CREATEROLE", ct);
            await EnsureRoleAsync(connection, runtime, appPassword, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE", ct);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
            if (await exists.ExecuteScalarAsync(ct) is null)
                await Exec(connection, $"CREATE DATABASE {Quote(database)} OWNER {Quote(owner)} ENCODING 'UTF8'", ct);
        }
        var server = new NpgsqlConnectionStringBuilder(superuserConnection);
        await using (var inDatabase = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(superuserConnection) { Database = database }.ConnectionString))
        {
            await inDatabase.OpenAsync(ct);
            await Exec(inDatabase, $"ALTER SCHEMA public OWNER TO {Quote(owner)}", ct);
            await Exec(inDatabase, "CREATE EXTENSION IF NOT EXISTS btree_gist", ct);
        }
        string For(string user, string password) => new NpgsqlConnectionStringBuilder
        {
            Host = server.Host, Port = server.Port, Database = database, Username = user, Password = password,
        }.ConnectionString;
        return new DatabaseConnections(For(owner, ownerPassword), For(runtime, appPassword),
            new NpgsqlConnectionStringBuilder(superuserConnection) { Database = database }.ConnectionString);
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, string role, string password, string attributes, CancellationToken ct)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = $1", connection) { Parameters = { new() { Value = role } } };
        var verb = await exists.ExecuteScalarAsync(ct) is null ? "CREATE" : "ALTER";
        await Exec(connection, $"{verb} ROLE {Quote(role)} WITH {attributes} PASSWORD {Literal(password)}", ct);
    }

    internal static async Task Exec(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    internal static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
