using Npgsql;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.Application.Tests.Tenancy;

/// <summary>The database itself keeps areas apart, whatever SQL the runtime role sends.</summary>
[Collection(DatabaseCollection.Name)]
public class RowLevelSecurityTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Every_area_owned_table_has_rls_enabled_and_forced_with_the_area_policy()
    {
        await using var db = fixture.CreateContext(null);
        var tables = RowLevelSecurity.AreaOwnedTables(db.Model).Select(t => t.Table).ToList();
        Assert.Contains("memberships", tables);
        await using var admin = new NpgsqlConnection(fixture.Database.Admin);
        await admin.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand("""
                SELECT c.relrowsecurity, c.relforcerowsecurity,
                       EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = $2)
                FROM pg_class c WHERE c.relname = $1 AND c.relkind = 'r'
                """, admin) { Parameters = { new() { Value = table }, new() { Value = RowLevelSecurity.PolicyName } } };
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), $"table {table} missing");
            Assert.True(reader.GetBoolean(0), $"RLS not enabled on {table}");
            Assert.True(reader.GetBoolean(1), $"RLS not forced on {table}");
            Assert.True(reader.GetBoolean(2), $"no {RowLevelSecurity.PolicyName} policy on {table}");
        }
    }

    [Fact]
    public async Task The_runtime_role_is_neither_owner_nor_superuser_nor_bypassrls()
    {
        await using var connection = await fixture.OpenRuntimeConnectionAsync(null);
        await using var command = new NpgsqlCommand("""
            SELECT r.rolsuper, r.rolbypassrls,
                   (SELECT count(*) FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user)
            FROM pg_roles r WHERE r.rolname = current_user
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.False(reader.GetBoolean(0));
        Assert.False(reader.GetBoolean(1));
        Assert.Equal(0, reader.GetInt64(2));
    }

    [Fact]
    public async Task Raw_sql_in_area_a_sees_no_row_of_area_b()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        await using var connection = await fixture.OpenRuntimeConnectionAsync(a);
        await using var command = new NpgsqlCommand("SELECT area_id FROM memberships", connection);
        var areas = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) areas.Add(reader.GetGuid(0));
        Assert.Contains(a, areas);
        Assert.DoesNotContain(b, areas);
        Assert.All(areas, id => Assert.Equal(a, id));
    }

    [Fact]
    public async Task Raw_sql_without_an_area_sees_no_area_rows()
    {
        await fixture.CreateAreaAsync();
        await using var connection = await fixture.OpenRuntimeConnectionAsync(null);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM memberships", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Raw_sql_in_area_a_cannot_insert_a_row_of_area_b()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        await using var connection = await fixture.OpenRuntimeConnectionAsync(a);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO memberships (id, area_id, municipality_code, valid_from, decision_reference)
            VALUES (gen_random_uuid(), $1, '297', DATE '2026-01-01', 'injected')
            """, connection) { Parameters = { new() { Value = b } } };
        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task Raw_sql_in_area_a_can_neither_update_delete_nor_move_rows_of_area_b()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, bMembership) = await fixture.CreateAreaAsync();
        await using var connection = await fixture.OpenRuntimeConnectionAsync(a);
        await using var update = new NpgsqlCommand("UPDATE memberships SET decision_reference = 'hijacked' WHERE id = $1", connection)
        { Parameters = { new() { Value = bMembership } } };
        Assert.Equal(0, await update.ExecuteNonQueryAsync());
        await using var delete = new NpgsqlCommand("DELETE FROM memberships WHERE area_id = $1", connection) { Parameters = { new() { Value = b } } };
        Assert.Equal(0, await delete.ExecuteNonQueryAsync());
        await using var move = new NpgsqlCommand("UPDATE memberships SET area_id = $1 WHERE area_id = $2", connection)
        { Parameters = { new() { Value = b }, new() { Value = a } } };
        var error = await Assert.ThrowsAsync<PostgresException>(() => move.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);

        await using var inB = await fixture.OpenRuntimeConnectionAsync(b);
        await using var check = new NpgsqlCommand("SELECT decision_reference FROM memberships WHERE id = $1", inB) { Parameters = { new() { Value = bMembership } } };
        Assert.Equal("Päätös 1/2025", await check.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_audit_log_is_append_only_for_the_runtime_role()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        await using var connection = await fixture.OpenRuntimeConnectionAsync(a);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_entries", connection);
        Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
        foreach (var sql in new[] { "UPDATE audit_entries SET user_name = 'x'", "DELETE FROM audit_entries", "TRUNCATE audit_entries" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }
    }
}
