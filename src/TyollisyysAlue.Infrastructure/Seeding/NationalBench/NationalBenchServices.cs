using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TyollisyysAlue.Application;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Infrastructure.Database;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// The app's own services (AddApplication + AddInfrastructure, as the Web host wires them) on a given database, for the
/// bench command and its smoke test: the live tables the dataset freezes are rendered by the app's renderer.
/// </summary>
public static class NationalBenchServices
{
    public static ServiceProvider Build(DatabaseConnections connections, Action<ILoggingBuilder>? logging = null,
        Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(builder => logging?.Invoke(builder));
        services.AddSingleton(connections);
        services.AddApplication();
        services.AddInfrastructure();
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>The register, indicator definitions and national services (what the app seeds on every start), then the dataset.</summary>
    public static async Task<NationalSummary> FillAsync(IServiceProvider services, NationalScale scale, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var area = scope.ServiceProvider.GetRequiredService<AreaContext>();
        area.SetUser(null, "reference-data");
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct))
            await ReferenceData.SeedAsync(db, ct);
        return await ActivatorUtilities.CreateInstance<NationalDataset>(scope.ServiceProvider).FillAsync(scale, ct);
    }
}
