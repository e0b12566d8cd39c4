using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TyollisyysAlue.Infrastructure.Database;

namespace TyollisyysAlue.Application.Tests.Schema;

/// <summary>
/// A database that already holds memberships (every developer's kept cluster) gets a claim for each of them when
/// the OneAreaPerMunicipality migration runs, and memberships stay under forced row-level security.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class ClaimsUpgradeTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Upgrading_a_database_with_memberships_claims_each_of_them_and_keeps_rls_forced()
    {
        await fixture.CreateAreaAsync();
        await using (var owner = DatabaseInitializer.CreateOwnerContext(fixture.Database.Connections.Owner))
        {
            var migrations = owner.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_OneAreaPerMunicipality", StringComparison.Ordinal)) - 1];
            await owner.GetService<IMigrator>().MigrateAsync(before);
        }
        await DatabaseInitializer.InitializeAsync(fixture.Database.Connections, NullLogger.Instance);

        await using var admin = new NpgsqlConnection(fixture.Database.Admin);
        await admin.OpenAsync();
        async Task<object?> Scalar(string sql)
        {
            await using var command = new NpgsqlCommand(sql, admin);
            return await command.ExecuteScalarAsync();
        }
        Assert.True((long)(await Scalar("SELECT count(*) FROM memberships"))! > 0);
        Assert.Equal(await Scalar("SELECT count(*) FROM memberships"), await Scalar("SELECT count(*) FROM municipality_area_claims"));
        Assert.Equal(true, await Scalar("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'memberships'"));
        Assert.Equal(true, await Scalar("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'municipality_area_claims'"));
    }
}
