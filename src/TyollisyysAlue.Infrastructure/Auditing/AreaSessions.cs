using Npgsql;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.Infrastructure.Auditing;

/// <summary>
/// For the owner's daily retention jobs: row-level security is forced on the owner too, so a job that works across
/// areas enters each area in turn (and <see cref="Guid.Empty"/> for national data), as the seeding and system imports do.
/// </summary>
internal static class AreaSessions
{
    /// <summary>As <see cref="AreaSession.SetSql"/>, but for this transaction only: the owner's connection goes back to the pool clean.</summary>
    private const string EnterAreaSql = $"SELECT set_config('{AreaSession.AreaSetting}', $1, true), set_config('{AreaSession.UserSetting}', $2, true)";

    /// <summary>Every area, national data (<see cref="Guid.Empty"/>) first.</summary>
    public static async Task<List<Guid>> AllAreasAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var areas = new List<Guid> { Guid.Empty };
        await using var list = new NpgsqlCommand("SELECT id FROM employment_areas", connection);
        await using var reader = await list.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) areas.Add(reader.GetGuid(0));
        return areas;
    }

    public static async Task EnterAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid area, CancellationToken ct)
    {
        await using var enter = new NpgsqlCommand(EnterAreaSql, connection, transaction);
        enter.Parameters.AddWithValue(area.ToString());
        enter.Parameters.AddWithValue(Guid.Empty.ToString());
        await enter.ExecuteNonQueryAsync(ct);
    }
}
