using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace TyollisyysAlue.Infrastructure.Persistence.Tenancy;

/// <summary>
/// Tells PostgreSQL who is working where, every time EF opens a connection: row-level security policies
/// read <c>app.area_id</c> and <c>app.user_id</c>. Set on every open (not once per physical connection),
/// so a pooled connection last used for another area never keeps that area.
/// </summary>
public sealed class AreaSessionInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = BuildCommand(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = BuildCommand(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand BuildCommand(DbConnection connection, ConnectionEndEventData eventData)
    {
        var area = (eventData.Context as AppDbContext)?.AreaContext;
        var command = connection.CreateCommand();
        command.CommandText = AreaSession.SetSql;
        command.Parameters.Add(new NpgsqlParameter { Value = area?.AreaId?.ToString() ?? string.Empty });
        command.Parameters.Add(new NpgsqlParameter { Value = area?.UserId?.ToString() ?? string.Empty });
        return command;
    }
}

/// <summary>The per-connection settings the row-level security policies read.</summary>
public static class AreaSession
{
    public const string AreaSetting = "app.area_id";
    public const string UserSetting = "app.user_id";

    /// <summary>Session-level (not transaction-local) so that it holds for the connection's whole use.</summary>
    public const string SetSql = $"SELECT set_config('{AreaSetting}', $1, false), set_config('{UserSetting}', $2, false)";
}
