using TyollisyysAlue.Infrastructure;
using TyollisyysAlue.Infrastructure.Database;
using TyollisyysAlue.Infrastructure.Database.Provisioning;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Hosting;

/// <summary>Holds the database this process got at start-up (configured, container or private cluster).</summary>
public sealed class DatabaseRuntime
{
    private ProvisionedDatabase? _database;

    public DatabaseConnections Connections =>
        _database?.Connections ?? throw new InvalidOperationException("The database has not been started yet.");

    public string Description => _database?.Description ?? "not started";

    internal void Set(ProvisionedDatabase database) => _database = database;
}

public static class DatabaseStartup
{
    public static IServiceCollection AddAppDatabase(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseRuntime>();
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseRuntime>().Connections);
        return services.AddInfrastructure();
    }

    /// <summary>Provision (or connect), migrate, secure and seed before the app takes requests.</summary>
    public static async Task StartDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Database");
        var dataRoot = app.Configuration["Database:DataRoot"];
        var options = new ProvisioningOptions
        {
            DataRoot = string.IsNullOrWhiteSpace(dataRoot) ? ProvisioningOptions.DefaultAppDataRoot() : dataRoot,
        };
        ProvisionedDatabase database;
        try
        {
            database = await PostgresProvisioner.ProvisionAsync(app.Configuration, options, logger);
        }
        catch (InvalidOperationException ex)
        {
            logger.LogCritical("No database: {Reason}", ex.Message);
            throw;
        }
        app.Services.GetRequiredService<DatabaseRuntime>().Set(database);
        app.Lifetime.ApplicationStopped.Register(() => database.DisposeAsync().AsTask().GetAwaiter().GetResult());
        logger.LogInformation("Database: {Description}", database.Description);

        try
        {
            // Development's database holds demo data only: one made from an unknown migration history is rebuilt.
            await DatabaseInitializer.InitializeAsync(database.Connections, logger, recreateIfUnknownHistory: app.Environment.IsDevelopment());
        }
        catch (UnknownMigrationHistoryException ex)
        {
            logger.LogCritical("The app cannot start: {Reason}", ex.Message);
            throw;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
        if (app.Configuration.GetValue<bool>("Database:SeedDemoData"))
            await seeder.SeedDemoDataAsync();
        else
            await seeder.SeedReferenceDataAsync();
    }
}
