using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Tests;

/// <summary>
/// The application's services as the app wires them (use cases on the write pipeline, validators, queries), on the
/// test database, for one user (or API token) in one area.
/// </summary>
public sealed class UseCaseScope : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private UseCaseScope(DatabaseFixture fixture, Action<AreaContext> who)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddApplication();
        services.AddSingleton<Application.Indicators.Import.IStatTableReader, Infrastructure.Imports.StatTables.StatTableReader>();
        services.AddSingleton<Application.FollowUp.Ledger.ILedgerFileReader, Infrastructure.Imports.Ledger.LedgerFileReader>();
        services.AddSingleton<Application.FollowUp.Ledger.ILedgerEntryWriter, Infrastructure.Imports.Ledger.LedgerEntryWriter>();
        services.AddScoped<IAppDbContextFactory>(sp => new TestContextFactory(fixture, sp.GetRequiredService<AreaContext>()));
        services.AddScoped<ICurrentRights>(_ => new DatabaseRights(fixture));
        services.AddScoped<IDbContextFactory<Infrastructure.Persistence.AppDbContext>>(sp => new TestEfContextFactory(fixture, sp.GetRequiredService<AreaContext>()));
        services.AddScoped<Application.Common.People.IPersonNames, Infrastructure.Identity.PersonNames>();
        _provider = services.BuildServiceProvider(validateScopes: true);
        _scope = _provider.CreateAsyncScope();
        who(Get<AreaContext>());
    }

    public static UseCaseScope User(DatabaseFixture fixture, Guid? areaId, Guid userId, bool systemAdministrator = false) =>
        new(fixture, area =>
        {
            area.SetUser(userId, $"user-{userId}", systemAdministrator);
            if (areaId is { } id) area.EnterArea(id);
        });

    /// <summary>A visitor who has not signed in (the public accessibility feedback form).</summary>
    public static UseCaseScope Anonymous(DatabaseFixture fixture) => new(fixture, _ => { });

    public static UseCaseScope Token(DatabaseFixture fixture, Guid areaId, Guid tokenId) =>
        new(fixture, area =>
        {
            area.SetApiToken(tokenId, "API: test");
            area.EnterArea(areaId, [AreaRole.Viewer]);
        });

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }

    /// <summary>Rights read from the database at the moment of writing, as the app's CurrentRights does.</summary>
    private sealed class DatabaseRights(DatabaseFixture fixture) : ICurrentRights
    {
        public async Task<IReadOnlyCollection<AreaRole>> RolesInAreaAsync(Guid userId, Guid areaId, CancellationToken ct)
        {
            await using var db = fixture.CreateContext(areaId, userId);
            return await db.RoleAssignments.Where(r => r.UserId == userId).Select(r => r.Role).Distinct().ToListAsync(ct);
        }

        public async Task<bool> IsSystemAdministratorAsync(Guid userId, CancellationToken ct)
        {
            await using var db = fixture.CreateContext(null, userId);
            return await db.Users.AnyAsync(u => u.Id == userId && u.IsActive && u.IsSystemAdministrator, ct);
        }

        public async Task<bool> TokenAllowsAsync(Guid tokenId, Guid areaId, ApiScope scope, CancellationToken ct)
        {
            await using var db = fixture.CreateContext(areaId);
            return (await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, ct))?.Allows(scope) ?? false;
        }
    }
}
