using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TyollisyysAlue.Application;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.TestSupport;

/// <summary>
/// The Application services — queries, write use cases, validators and the write pipeline — wired as the app wires
/// them (AddApplication), for one user working in one area of the test database. The user is a real account whose
/// roles the pipeline reads from the database at each write, as in the app.
/// </summary>
public sealed class UseCases
{
    private readonly IServiceProvider _services;

    private Func<Task>? _create;
    private Task? _created;

    private UseCases(IServiceProvider services, AreaContext context) => (_services, Context) = (services, context);

    /// <summary>Waits until the user's account and role exist in the database (see <see cref="Pending"/>).</summary>
    public Task ReadyAsync() => _create is null ? Task.CompletedTask : _created ??= _create();

    /// <summary>What the circuit knows: the user and the roles it saw when the page opened.</summary>
    public AreaContext Context { get; }

    public Guid UserId => Context.UserId!.Value;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A new account holding <paramref name="role"/> in the area, working there.</summary>
    public static async Task<UseCases> ForAsync(DatabaseFixture fixture, Guid area, string name, AreaRole role = AreaRole.Planner) =>
        For(fixture, area, name, await fixture.CreateUserAsync(area, role, signInName: name), [role]);

    /// <summary>
    /// A user of the area whose account and role are created in the database at the first write (<see cref="ReadyAsync"/>),
    /// for tests that build their editors synchronously.
    /// </summary>
    public static UseCases Pending(DatabaseFixture fixture, Guid area, string name, AreaRole role = AreaRole.Planner)
    {
        var userId = Guid.NewGuid();
        var user = For(fixture, area, name, userId, [role]);
        user._create = () => fixture.CreateUserAsync(area, role, userId, name);
        return user;
    }

    /// <summary>An existing account; <paramref name="roles"/> is what its circuit believes (the database may say otherwise).</summary>
    public static UseCases For(DatabaseFixture fixture, Guid? area, string name, Guid userId, IReadOnlyCollection<AreaRole> roles,
        bool isSystemAdministrator = false, IAppDbContextFactory? contexts = null, ICurrentRights? rights = null,
        Action<IServiceCollection>? configure = null)
    {
        var context = new AreaContext();
        context.SetUser(userId, name, isSystemAdministrator);
        if (area is { } id) context.EnterArea(id, roles);
        var services = new ServiceCollection();
        services.AddApplicationOnTestDatabase(fixture, context, contexts, rights);
        configure?.Invoke(services);
        return new UseCases(services.BuildServiceProvider().CreateScope().ServiceProvider, context);
    }
}

/// <summary>The app's Application services on the test database, for one AreaContext (the user and area of a test).</summary>
public static class TestDatabaseServices
{
    public static IServiceCollection AddApplicationOnTestDatabase(this IServiceCollection services, DatabaseFixture fixture, AreaContext context,
        IAppDbContextFactory? contexts = null, ICurrentRights? rights = null)
    {
        services.AddApplication();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped(_ => context);
        services.AddScoped(_ => contexts ?? new TestContextFactory(fixture, context));
        services.AddScoped(_ => rights ?? new CurrentRights(new TestEfContextFactory(fixture, context)));
        services.AddScoped<Application.Users.IAreaAccounts, NoAccounts>();
        services.AddScoped<Microsoft.EntityFrameworkCore.IDbContextFactory<Infrastructure.Persistence.AppDbContext>>(_ => new TestEfContextFactory(fixture, context));
        services.AddScoped<Application.Common.People.IPersonNames, PersonNames>();
        // Imports read files with the ledger import's reader (ledger and accounts-receivable files).
        services.AddSingleton<Application.FollowUp.Ledger.ILedgerFileReader, Infrastructure.Imports.Ledger.LedgerFileReader>();
        return services;
    }

    /// <summary>These tests invite no one: accounts belong to Identity (tested over HTTP in the Web tests).</summary>
    private sealed class NoAccounts : Application.Users.IAreaAccounts
    {
        public Task<Guid?> FindAsync(string email, CancellationToken ct) => Task.FromResult<Guid?>(null);
        public Task<Guid?> FindOrCreateAsync(string email, string? name, CancellationToken ct) => Task.FromResult<Guid?>(null);
    }
}
