using Microsoft.Extensions.Options;
using Npgsql;
using TyollisyysAlue.Application.Feedback;
using TyollisyysAlue.Infrastructure.Database;

namespace TyollisyysAlue.Infrastructure.Auditing;

/// <summary>
/// Deletes accessibility feedback older than <see cref="FeedbackRetentionOptions.RetentionDays"/> and clears the
/// before/after values of its audit entries (the fact that feedback was received and answered stays in the audit).
/// Runs as the owner, entering each area in turn like <see cref="AuditPseudonymiser"/>; the feedback table's
/// retention policy lets only the table's owner delete across areas (RowLevelSecurity.FeedbackPolicies).
/// Idempotent: a second run finds nothing due.
/// </summary>
public sealed class FeedbackRetention(DatabaseConnections connections, TimeProvider clock, IOptions<FeedbackRetentionOptions> retention)
{
    /// <summary>Deletes what is due; returns how many feedback messages were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().AddDays(-retention.Value.RetentionDays);
        await using var connection = new NpgsqlConnection(connections.Owner);
        await connection.OpenAsync(ct);
        var deleted = 0;
        foreach (var area in await AreaSessions.AllAreasAsync(connection, ct))
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await AreaSessions.EnterAsync(connection, transaction, area, ct);
            await using (var delete = new NpgsqlCommand("DELETE FROM accessibility_feedback WHERE received_at < $1", connection, transaction))
            {
                delete.Parameters.AddWithValue(cutoff);
                deleted += await delete.ExecuteNonQueryAsync(ct);
            }
            await using (var clear = new NpgsqlCommand(
                "UPDATE audit_entries SET before = NULL, after = NULL WHERE entity_type = 'AccessibilityFeedback' AND at < $1 " +
                "AND (before IS NOT NULL OR after IS NOT NULL)", connection, transaction))
            {
                clear.Parameters.AddWithValue(cutoff);
                await clear.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        return deleted;
    }
}
