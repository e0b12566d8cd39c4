using System.Net;
using Microsoft.AspNetCore.Hosting;
using TyollisyysAlue.Infrastructure.Database;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>
/// The app's start on a database made from the migration history before the baseline: Development rebuilds it (demo
/// data only), any other environment refuses to start and says what to do. Each test has a PostgreSQL of its own.
/// </summary>
public class OldMigrationHistoryStartupTests
{
    [Fact]
    public async Task Outside_development_the_app_refuses_to_start_and_says_what_to_do()
    {
        await using var database = await TestDatabase.StartAsync();
        await OldMigrationHistory.ApplyAsync(database.Connections.Owner);
        await using var factory = new AppFactory(database);

        var refusal = Assert.IsType<UnknownMigrationHistoryException>(Record.Exception(() => factory.CreateClient()));

        Assert.Contains("cannot upgrade it", refusal.Message, StringComparison.Ordinal);
        Assert.True(await OldMigrationHistory.MarkerExistsAsync(database.Connections.Owner), "nothing should have been dropped");
    }

    [Fact]
    public async Task In_development_the_app_rebuilds_the_database_from_the_baseline_and_starts_with_the_demo_data()
    {
        await using var database = await TestDatabase.StartAsync();
        await OldMigrationHistory.ApplyAsync(database.Connections.Owner);
        await using var factory = new DevelopmentAppFactory(database);

        using var client = await SignIn.ClientForAsync(factory, "planner.porvoo@example.fi");

        using var page = await client.GetAsync("/areas/porvoo");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(await OldMigrationHistory.MarkerExistsAsync(database.Connections.Owner), "the old data should be gone");
    }

    private sealed class DevelopmentAppFactory(TestDatabase database) : AppFactory(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
