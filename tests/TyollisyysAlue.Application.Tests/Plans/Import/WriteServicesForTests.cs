using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

/// <summary>
/// The write pipeline as the app wires it (validators, use cases, the current right read from the database), for
/// one user working in one area: use cases are resolved from it and run against the test PostgreSQL.
/// </summary>
public sealed class WriteServicesForTests : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    public WriteServicesForTests(DatabaseFixture fixture, Guid userId, string userName, Guid areaId, TimeProvider? clock = null)
    {
        var area = new AreaContext();
        area.SetUser(userId, userName);
        area.EnterArea(areaId);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddScoped(_ => area);
        services.AddScoped<IAppDbContextFactory>(_ => new TestContextFactory(fixture, area));
        services.AddScoped<ICurrentRights>(_ => new DatabaseRights(fixture, area));
        services.AddValidatorsFromAssembly(typeof(Application.DependencyInjection).Assembly);
        services.AddWriteUseCases(typeof(Application.DependencyInjection).Assembly);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _scope = _provider.CreateAsyncScope();
    }

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }

    /// <summary>The user's roles as the database holds them (the same query as the app's CurrentRights, under RLS).</summary>
    private sealed class DatabaseRights(DatabaseFixture fixture, AreaContext area) : ICurrentRights
    {
        public async Task<IReadOnlyCollection<AreaRole>> RolesInAreaAsync(Guid userId, Guid areaId, CancellationToken ct)
        {
            await using var db = fixture.ContextFor(area);
            if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, ct)) return [];
            return await db.RoleAssignments.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.UserId == userId && r.AreaId == areaId).Select(r => r.Role).Distinct().ToListAsync(ct);
        }

        public Task<bool> IsSystemAdministratorAsync(Guid userId, CancellationToken ct) => Task.FromResult(false);
    }
}
