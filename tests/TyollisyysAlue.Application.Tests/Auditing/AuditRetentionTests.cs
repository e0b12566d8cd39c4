using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;
using TyollisyysAlue.Application.Auditing;
using TyollisyysAlue.Infrastructure.Auditing;

namespace TyollisyysAlue.Application.Tests.Auditing;

/// <summary>
/// Audit retention (privacy notice): entries older than the retention lose who (a stable pseudonym instead) and the
/// values (which may hold staff names and e-mails); the fact of the change stays; newer entries are intact; a second
/// run changes nothing; it works in every area although the runtime role may only append and RLS binds the owner.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class AuditRetentionTests(DatabaseFixture fixture)
{
    /// <summary>Before the real clock, so that the entries other tests write now are never due in these runs.</summary>
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private AuditPseudonymiser Pseudonymiser(DateTimeOffset now, int days = 1826) => new(
        fixture.Database.Connections, new FixedClock(now), Options.Create(new AuditRetentionOptions { RetentionDays = days }),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:PseudonymKey"] = Convert.ToBase64String(new byte[32]) }).Build());

    private static async Task<NpgsqlConnection> RuntimeInAsync(string connectionString, Guid area)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var enter = new NpgsqlCommand("SELECT set_config('app.area_id', $1, false)", connection);
        enter.Parameters.AddWithValue(area.ToString());
        await enter.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<long> AddEntryAsync(Guid area, Guid? user, string? name, DateTimeOffset at)
    {
        await using var connection = await RuntimeInAsync(fixture.Database.Connections.App, area);
        await using var command = new NpgsqlCommand(
            "INSERT INTO audit_entries (area_id, user_id, user_name, at, entity_type, entity_key, action, before, after) " +
            "VALUES ($1, $2, $3, $4, 'StaffMember', 'k1', 'Modified', '{\"Email\":\"liisa@example.fi\"}', '{\"Email\":\"liisa.m@example.fi\"}') RETURNING id", connection);
        command.Parameters.AddWithValue(area);
        command.Parameters.AddWithValue(user is { } u ? u : DBNull.Value);
        command.Parameters.AddWithValue(name is null ? DBNull.Value : name);
        command.Parameters.AddWithValue(at);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(Guid? User, string? Name, DateTimeOffset At, string Action, string? Before, string? After)> ReadAsync(Guid area, long id)
    {
        await using var db = fixture.CreateContext(area);
        var e = db.AuditEntries.Single(x => x.Id == id);
        return (e.UserId, e.UserName, e.At, e.Action.ToString(), e.Before, e.After);
    }

    [Fact]
    public async Task Old_entries_are_pseudonymised_in_every_area_new_ones_kept_and_a_second_run_changes_nothing()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        var liisa = Guid.NewGuid();
        var old = Now.AddDays(-1827);
        var oldA = await AddEntryAsync(a, liisa, "liisa@example.fi", old);
        var oldA2 = await AddEntryAsync(a, liisa, "liisa@example.fi", old.AddDays(-3));
        var oldB = await AddEntryAsync(b, liisa, "liisa@example.fi", old);
        var recent = await AddEntryAsync(a, liisa, "liisa@example.fi", Now.AddDays(-1825));

        // Before the clock reaches the retention nothing is due.
        await Pseudonymiser(Now.AddDays(-30)).RunAsync();
        Assert.Equal((liisa, "liisa@example.fi"), ((await ReadAsync(a, oldA)).User, (await ReadAsync(a, oldA)).Name));

        Assert.True(await Pseudonymiser(Now).RunAsync() >= 3);
        var (user, name, at, action, before, after) = await ReadAsync(a, oldA);
        Assert.StartsWith(AuditPseudonymiser.Prefix, name, StringComparison.Ordinal);
        Assert.NotEqual(liisa, user);
        Assert.Equal((old, "Modified", (string?)null, (string?)null), (at, action, before, after));
        // Stable: the same person has the same pseudonym in every entry and area.
        Assert.Equal((user, name), ((await ReadAsync(a, oldA2)).User, (await ReadAsync(a, oldA2)).Name));
        Assert.Equal((user, name), ((await ReadAsync(b, oldB)).User, (await ReadAsync(b, oldB)).Name));
        // Newer than the retention: untouched.
        var kept = await ReadAsync(a, recent);
        Assert.Equal((liisa, "liisa@example.fi"), (kept.User, kept.Name));
        Assert.Contains("liisa.m@example.fi", kept.After, StringComparison.Ordinal);

        Assert.Equal(0, await Pseudonymiser(Now).RunAsync());
        Assert.Equal((user, name), ((await ReadAsync(a, oldA)).User, (await ReadAsync(a, oldA)).Name));
    }

    [Fact]
    public async Task The_runtime_role_still_cannot_rewrite_the_audit()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var id = await AddEntryAsync(a, Guid.NewGuid(), "x@example.fi", Now.AddDays(-4000));
        await using var connection = await RuntimeInAsync(fixture.Database.Connections.App, a);
        await using var command = new NpgsqlCommand($"UPDATE audit_entries SET user_name = 'x' WHERE id = {id}", connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal("42501", refused.SqlState); // insufficient_privilege
    }
}
