using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;
using TyollisyysAlue.Application.Auditing;
using TyollisyysAlue.Infrastructure.Database;

namespace TyollisyysAlue.Infrastructure.Auditing;

/// <summary>
/// Pseudonymises audit entries older than <see cref="AuditRetentionOptions.RetentionDays"/>: the user's id becomes a
/// stable pseudonymous id and the name "pseudonym:" + a stable code (the same person keeps the same pseudonym, so a
/// series of changes still reads as one person's), and the before/after values, which may hold names and e-mails of
/// staff and committee members, are cleared. When, what entity and which action stay. Idempotent: an entry already
/// pseudonymised is not touched again.
/// <para>
/// The runtime role may only append to the audit, so this runs as the owner, and because row-level security is forced
/// on the owner too, it enters each area in turn (and <see cref="Guid.Empty"/> for national data) the way the area
/// session interceptor does, as seeding and the system imports work across areas.
/// </para>
/// <para>
/// The pseudonym is an HMAC-SHA-256 of the user with the key <c>Audit:PseudonymKey</c> (base64, at least 32 bytes;
/// set it in production and keep it apart from the database), so the users table alone does not reverse it. Without
/// the key, a key derived from the database's name is used: still stable, but reversible by anyone who can list the
/// user ids.
/// </para>
/// </summary>
public sealed class AuditPseudonymiser(DatabaseConnections connections, TimeProvider clock, IOptions<AuditRetentionOptions> retention, IConfiguration configuration)
{
    public const string Prefix = "pseudonym:";

    /// <summary>Pseudonymises what is due; returns how many entries changed.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().AddDays(-retention.Value.RetentionDays);
        var key = Key();
        await using var connection = new NpgsqlConnection(connections.Owner);
        await connection.OpenAsync(ct);
        var changed = 0;
        foreach (var area in await AreaSessions.AllAreasAsync(connection, ct))
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await AreaSessions.EnterAsync(connection, transaction, area, ct);
            var due = new List<(long Id, Guid? UserId, string? UserName)>();
            await using (var select = new NpgsqlCommand(
                "SELECT id, user_id, user_name FROM audit_entries WHERE at < $1 AND (before IS NOT NULL OR after IS NOT NULL " +
                "OR (user_name IS NOT NULL AND user_name NOT LIKE 'pseudonym:%') OR (user_id IS NOT NULL AND (user_name IS NULL OR user_name NOT LIKE 'pseudonym:%')))",
                connection, transaction))
            {
                select.Parameters.AddWithValue(cutoff);
                await using var reader = await select.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    due.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
            foreach (var group in due.GroupBy(d => (d.UserId, d.UserName)))
            {
                var subject = group.Key.UserId?.ToString() ?? group.Key.UserName;
                var code = subject is null ? null : Code(key, subject);
                await using var update = new NpgsqlCommand(
                    "UPDATE audit_entries SET user_id = $1, user_name = $2, before = NULL, after = NULL WHERE id = ANY($3)", connection, transaction);
                update.Parameters.AddWithValue(code is null || group.Key.UserId is null ? DBNull.Value : PseudonymousId(code));
                update.Parameters.AddWithValue(code is null ? DBNull.Value : Prefix + code[..16]);
                update.Parameters.AddWithValue(group.Select(d => d.Id).ToArray());
                changed += await update.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        return changed;
    }

    private byte[] Key()
    {
        var configured = configuration["Audit:PseudonymKey"];
        return string.IsNullOrWhiteSpace(configured)
            ? SHA256.HashData(Encoding.UTF8.GetBytes("TyollisyysAlue audit pseudonym|" + connections.DatabaseName))
            : Convert.FromBase64String(configured);
    }

    private static string Code(byte[] key, string subject) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(subject)));

    /// <summary>A uuid made of the pseudonym's code (the column is a uuid): the same user, the same id.</summary>
    private static Guid PseudonymousId(string code) => new(Convert.FromHexString(code[..32]));
}
