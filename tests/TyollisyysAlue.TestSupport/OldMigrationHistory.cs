using Npgsql;
using TyollisyysAlue.Infrastructure.Database;

namespace TyollisyysAlue.TestSupport;

/// <summary>
/// Makes a migrated database look like one built from the migration history before the baseline (every developer's
/// kept cluster): the history holds the squashed migrations' ids, and a marker row stands for data a rebuild loses.
/// </summary>
public static class OldMigrationHistory
{
    public const string MarkerMunicipality = "Vanhan historian kunta";

    public static async Task ApplyAsync(string ownerConnection)
    {
        await using var owner = new NpgsqlConnection(ownerConnection);
        await owner.OpenAsync();
        var ids = string.Join(", ", LegacyMigrationHistory.Ids.Select(id => $"('{id}', '10.0.0')"));
        await using var command = new NpgsqlCommand($"""
            DELETE FROM "__EFMigrationsHistory";
            INSERT INTO "__EFMigrationsHistory" (migration_id, product_version) VALUES {ids};
            INSERT INTO municipalities (code, name_fi, language_status) VALUES ('998', '{MarkerMunicipality}', 'Finnish');
            """, owner);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<bool> MarkerExistsAsync(string ownerConnection)
    {
        await using var owner = new NpgsqlConnection(ownerConnection);
        await owner.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM municipalities WHERE name_fi = '{MarkerMunicipality}'", owner);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
