using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using TyollisyysAlue.Application.Feedback;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Auditing;

namespace TyollisyysAlue.Application.Tests.Feedback;

/// <summary>
/// Feedback retention (privacy notice): messages older than the retention are deleted in every area (and those about
/// no area), their audit entries lose the values that repeat the sender and the message, newer ones stay; a second run
/// changes nothing; the runtime role still cannot delete another area's feedback.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class FeedbackRetentionTests(DatabaseFixture fixture)
{
    /// <summary>Before the real clock, so feedback other tests send now is never due in these runs.</summary>
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private FeedbackRetention Retention(DateTimeOffset now) =>
        new(fixture.Database.Connections, new FixedClock(now), Options.Create(new FeedbackRetentionOptions { RetentionDays = 730 }));

    private async Task<Guid> AddAsync(Guid? area, DateTimeOffset receivedAt)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(fixture.Database.Connections.App);
        await connection.OpenAsync();
        await using (var enter = new NpgsqlCommand("SELECT set_config('app.area_id', $1, false)", connection))
        {
            enter.Parameters.AddWithValue((area ?? Guid.Empty).ToString());
            await enter.ExecuteNonQueryAsync();
        }
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO accessibility_feedback (id, received_at, area_id, sender_name, sender_email, message, version) VALUES ($1, $2, $3, 'Liisa', 'liisa@example.fi', 'Hard to read.', 0)", connection))
        {
            insert.Parameters.AddWithValue(id);
            insert.Parameters.AddWithValue(receivedAt);
            insert.Parameters.AddWithValue(area is { } a ? a : DBNull.Value);
            await insert.ExecuteNonQueryAsync();
        }
        await using (var audit = new NpgsqlCommand(
            "INSERT INTO audit_entries (area_id, user_id, user_name, at, entity_type, entity_key, action, before, after) " +
            "VALUES ($1, NULL, NULL, $2, 'AccessibilityFeedback', $3, 'Added', NULL, '{\"Message\":\"Hard to read.\",\"SenderEmail\":\"liisa@example.fi\"}')", connection))
        {
            audit.Parameters.AddWithValue(area ?? Guid.Empty);
            audit.Parameters.AddWithValue(receivedAt);
            audit.Parameters.AddWithValue(id.ToString());
            await audit.ExecuteNonQueryAsync();
        }
        return id;
    }

    private async Task<bool> ExistsAsync(Guid area, Guid admin, Guid id)
    {
        await using var db = fixture.CreateContext(area, admin);
        return await db.AccessibilityFeedback.AnyAsync(f => f.Id == id);
    }

    private async Task<string?> AuditAfterAsync(Guid area, Guid id)
    {
        await using var db = fixture.CreateContext(area);
        return (await db.AuditEntries.SingleAsync(e => e.EntityType == "AccessibilityFeedback" && e.EntityKey == id.ToString())).After;
    }

    [Fact]
    public async Task Old_feedback_is_deleted_in_every_area_with_its_audit_values_and_new_feedback_stays()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        var adminA = await fixture.CreateUserAsync(a, AreaRole.Administrator);
        var adminB = await fixture.CreateUserAsync(b, AreaRole.Administrator);
        var oldA = await AddAsync(a, Now.AddDays(-731));
        var oldB = await AddAsync(b, Now.AddDays(-800));
        var oldNoArea = await AddAsync(null, Now.AddDays(-731));
        var recentA = await AddAsync(a, Now.AddDays(-729));

        Assert.True(await Retention(Now).RunAsync() >= 3);

        Assert.False(await ExistsAsync(a, adminA, oldA));
        Assert.False(await ExistsAsync(b, adminB, oldB));
        Assert.True(await ExistsAsync(a, adminA, recentA));
        await using (var owner = new NpgsqlConnection(fixture.Database.Connections.Owner))
        {
            await owner.OpenAsync();
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM accessibility_feedback WHERE id = '{oldNoArea}'", owner);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        }
        // The audit keeps that feedback came, not what it said or who sent it.
        Assert.Null(await AuditAfterAsync(a, oldA));
        Assert.Null(await AuditAfterAsync(Guid.Empty, oldNoArea));
        Assert.Contains("liisa@example.fi", await AuditAfterAsync(a, recentA), StringComparison.Ordinal);

        Assert.Equal(0, await Retention(Now).RunAsync());
        Assert.True(await ExistsAsync(a, adminA, recentA));
    }

    [Fact]
    public async Task The_runtime_role_cannot_delete_another_areas_feedback()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        var adminA = await fixture.CreateUserAsync(a, AreaRole.Administrator);
        var id = await AddAsync(a, Now.AddDays(-1000));

        await using (var connection = new NpgsqlConnection(fixture.Database.Connections.App))
        {
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand(
                $"SELECT set_config('app.area_id', '{b}', false); DELETE FROM accessibility_feedback WHERE id = '{id}'", connection);
            await delete.ExecuteNonQueryAsync();
        }
        Assert.True(await ExistsAsync(a, adminA, id));
    }
}
