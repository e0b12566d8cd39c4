using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Web.Components.Tests;

[CollectionDefinition(Name)]
public sealed class ComponentDatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "component-database";
}

/// <summary>
/// For components that read and write: the app's Application services (queries, write use cases, the pipeline) on a
/// real PostgreSQL, for a planner of a fresh area whose roles the pipeline reads from the database.
/// </summary>
[Collection(ComponentDatabaseCollection.Name)]
public abstract class DatabaseComponentTest(DatabaseFixture fixture) : ComponentTest
{
    protected DatabaseFixture Database { get; } = fixture;

    /// <summary>A fresh area with one member, and its planner working in it (what the components are rendered for).</summary>
    protected async Task<(Guid Area, UseCases Planner)> EnterNewAreaAsPlannerAsync()
    {
        var (area, _) = await Database.CreateAreaAsync();
        var planner = await UseCases.ForAsync(Database, area, "planner@example.fi", AreaRole.Planner);
        Services.AddApplicationOnTestDatabase(Database, planner.Context);
        return (area, planner);
    }
}
