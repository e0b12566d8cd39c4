using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// Bulk insert of entities by Npgsql's binary COPY, with the tables, columns and value conversions of the app's EF model,
/// so that a row is what EF would have written (enums as their text, municipality codes, jsonb). PostgreSQL refuses
/// COPY FROM into a table under row-level security, so the rows go to a temporary table first and then into the real
/// one with one INSERT … SELECT on a connection that has entered the area: the area's RLS policy checks every row.
/// The runtime role's own grants apply too (the audit log: insert only).
/// </summary>
internal static class ModelCopy
{
    public static async Task<int> InsertAsync<T>(NpgsqlConnection connection, IModel model, Guid areaId, IReadOnlyCollection<T> rows,
        CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return 0;
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => Written(p, store)).Select(p => (Property: p, Column: p.GetColumnName(store)!,
            Type: StoreType(p), Converter: p.GetTypeMapping().Converter)).ToList();
        var list = string.Join(", ", columns.Select(c => Quote(c.Column)));
        var staging = "bulk_" + table;

        await Execute(connection, AreaSession.SetSql, areaId.ToString(), string.Empty);
        await Execute(connection, $"DROP TABLE IF EXISTS {staging}; CREATE TEMP TABLE {staging} AS SELECT {list} FROM {Quote(table)} WITH NO DATA");
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {staging} ({list}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                foreach (var (property, _, type, converter) in columns)
                {
                    var value = property.GetGetter().GetClrValue(row);
                    if (value is not null && converter is not null) value = converter.ConvertToProvider(value);
                    if (value is null) await importer.WriteNullAsync(ct);
                    else await importer.WriteAsync(value, type, ct);
                }
            }
            await importer.CompleteAsync(ct);
        }
        await using var insert = new NpgsqlCommand($"INSERT INTO {Quote(table)} ({list}) SELECT {list} FROM {staging}; DROP TABLE {staging}", connection);
        return await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Every mapped column but those PostgreSQL fills itself: xmin (row versions) and identity keys.</summary>
    private static bool Written(IProperty property, StoreObjectIdentifier store)
    {
        if (property.IsShadowProperty()) throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property.");
        var column = property.GetColumnName(store);
        if (column is null || column == "xmin") return false;
        return !(property.ValueGenerated == ValueGenerated.OnAdd && property.ClrType == typeof(long));
    }

    /// <summary>The column's type without its length or precision ("numeric(18,2)" → "numeric"), as COPY names it.</summary>
    private static NpgsqlDbType StoreType(IProperty property)
    {
        var type = property.GetColumnType();
        var bare = type.Split('(')[0].Trim();
        return bare switch
        {
            "uuid" => NpgsqlDbType.Uuid,
            "text" => NpgsqlDbType.Text,
            "character varying" => NpgsqlDbType.Varchar,
            "character" => NpgsqlDbType.Char,
            "integer" => NpgsqlDbType.Integer,
            "bigint" => NpgsqlDbType.Bigint,
            "smallint" => NpgsqlDbType.Smallint,
            "boolean" => NpgsqlDbType.Boolean,
            "numeric" => NpgsqlDbType.Numeric,
            "date" => NpgsqlDbType.Date,
            "timestamp with time zone" => NpgsqlDbType.TimestampTz,
            "jsonb" => NpgsqlDbType.Jsonb,
            _ => throw new NotSupportedException($"Column type {type} of {property.DeclaringType.DisplayName()}.{property.Name} is not handled by the bulk copy."),
        };
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task Execute(NpgsqlConnection connection, string sql, params string[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        await command.ExecuteNonQueryAsync();
    }
}
