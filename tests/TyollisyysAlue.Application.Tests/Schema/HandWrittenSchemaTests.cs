using Npgsql;
using TyollisyysAlue.Infrastructure.Database.Provisioning;

namespace TyollisyysAlue.Application.Tests.Schema;

/// <summary>
/// The parts of the schema EF does not generate from the model — written by hand in the Baseline migration or applied
/// by the start-up after it — exist in a migrated database. A regenerated baseline that lost them fails here.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class HandWrittenSchemaTests(DatabaseFixture fixture)
{
    private async Task<object?> ScalarAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(fixture.Database.Admin);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task One_area_per_municipality_is_an_exclusion_constraint_fed_by_a_trigger_on_memberships()
    {
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'"));
        Assert.Equal("EXCLUDE USING gist (municipality_code WITH =, daterange(valid_from, valid_to, '[]'::text) WITH &&)",
            await ScalarAsync("""
                SELECT pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conname = 'ex_municipality_area_claims_one_area_per_day' AND contype = 'x'
                """));
        Assert.Equal("c", (await ScalarAsync("""
            SELECT confdeltype FROM pg_constraint WHERE conname = 'fk_municipality_area_claims_memberships'
            """))?.ToString());
        Assert.Equal("app_claim_municipality", await ScalarAsync("""
            SELECT p.proname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE t.tgname = 'memberships_claim_municipality' AND t.tgrelid = 'memberships'::regclass AND t.tgenabled = 'O'
            """));
    }

    [Fact]
    public async Task The_runtime_role_may_only_append_to_the_audit_log_and_read_the_migration_history()
    {
        var role = ProvisioningOptions.RuntimeRole;
        async Task<bool> May(string table, string privilege) =>
            (bool)(await ScalarAsync($"SELECT has_table_privilege('{role}', '{table}', '{privilege}')"))!;

        Assert.True(await May("memberships", "SELECT,INSERT,UPDATE,DELETE"));
        Assert.True(await May("audit_entries", "SELECT"));
        Assert.True(await May("audit_entries", "INSERT"));
        foreach (var privilege in new[] { "UPDATE", "DELETE", "TRUNCATE" })
            Assert.False(await May("audit_entries", privilege), $"{role} may {privilege} audit_entries");
        Assert.True(await May("\"__EFMigrationsHistory\"", "SELECT"));
        foreach (var privilege in new[] { "INSERT", "UPDATE", "DELETE", "TRUNCATE" })
            Assert.False(await May("\"__EFMigrationsHistory\"", privilege), $"{role} may {privilege} the migration history");
    }

    [Fact]
    public async Task The_conflict_lookup_has_its_index_on_area_key_and_newest_first()
    {
        Assert.Equal("CREATE INDEX ix_audit_entries_area_id_entity_key_id ON public.audit_entries USING btree (area_id, entity_key, id DESC)",
            await ScalarAsync("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_audit_entries_area_id_entity_key_id'"));
    }
}
