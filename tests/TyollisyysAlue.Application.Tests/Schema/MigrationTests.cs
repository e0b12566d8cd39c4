using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Infrastructure.Database;

namespace TyollisyysAlue.Application.Tests.Schema;

[Collection(DatabaseCollection.Name)]
public class MigrationTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Every_migration_is_applied_to_the_empty_database_it_started_from()
    {
        await using var owner = DatabaseInitializer.CreateOwnerContext(fixture.Database.Connections.Owner);
        var all = owner.Database.GetMigrations().ToList();
        var applied = (await owner.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(await owner.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        await using var owner = DatabaseInitializer.CreateOwnerContext(fixture.Database.Connections.Owner);
        Assert.False(owner.Database.HasPendingModelChanges(),
            "The EF model differs from the last migration: run `dotnet ef migrations add <Name> --project src/TyollisyysAlue.Infrastructure --output-dir Persistence/Migrations`.");
    }

    [Fact]
    public async Task Initializing_again_is_harmless()
    {
        await DatabaseInitializer.InitializeAsync(fixture.Database.Connections, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        await using var db = fixture.CreateContext(null);
        Assert.True(await db.Municipalities.AnyAsync());
    }
}
