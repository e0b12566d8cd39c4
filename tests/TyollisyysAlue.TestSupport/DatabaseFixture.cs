using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Persistence;
using TyollisyysAlue.Infrastructure.Persistence.Auditing;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.TestSupport;

/// <summary>
/// One migrated PostgreSQL for a test assembly (a collection fixture); each test makes its own areas, so no reset is
/// needed. Shared by the application tests and the component tests.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.StartAsync();
        await using var db = CreateContext(null);
        db.Municipalities.AddRange(
            new Municipality(MunicipalityCode.Parse("638"), "Porvoo", "Borgå", LanguageStatus.BilingualFinnishMajority),
            new Municipality(MunicipalityCode.Parse("297"), "Kuopio", null, LanguageStatus.Finnish));
        db.Indicators.AddRange(Infrastructure.Seeding.IndicatorRegister.All);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>A context on the runtime role, working in the given area (as the app does per operation).</summary>
    public AppDbContext CreateContext(Guid? areaId, Guid? userId = null, int? maxPoolSize = null)
    {
        var context = new AreaContext();
        context.SetUser(userId, userId is null ? "test" : $"user-{userId}");
        if (areaId is { } id) context.EnterArea(id);
        return ContextFor(context, maxPoolSize);
    }

    /// <summary>A context for an explicit <see cref="AreaContext"/> (as a use case gets it from DI).</summary>
    public AppDbContext ContextFor(AreaContext context, int? maxPoolSize = null)
    {
        var connection = maxPoolSize is { } size
            ? new NpgsqlConnectionStringBuilder(Database.Connections.App) { MaxPoolSize = size, ApplicationName = "pool-" + Guid.NewGuid() }.ConnectionString
            : Database.Connections.App;
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseAppDatabase(connection)
            .AddInterceptors(new AreaSessionInterceptor(), new AuditInterceptor(TimeProvider.System))
            .Options;
        return new AppDbContext(options, context);
    }

    private int _nextCode = 100;

    /// <summary>
    /// A municipality of the register that no other test uses: a municipality belongs to one area on any day
    /// (an exclusion constraint), so each test area needs members of its own.
    /// </summary>
    public async Task<string> NewMunicipalityAsync()
    {
        int number;
        do number = Interlocked.Increment(ref _nextCode); while (number is 297 or 638);
        var code = number.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        await using var db = CreateContext(null);
        db.Municipalities.Add(new Municipality(MunicipalityCode.Parse(code), "Testikunta " + code, null, LanguageStatus.Finnish));
        await db.SaveChangesAsync();
        return code;
    }

    /// <summary>A new area with one member (a fresh test municipality unless one is given), through the app's own path.</summary>
    public async Task<(Guid AreaId, Guid MembershipId)> CreateAreaAsync(string? municipality = null)
    {
        municipality ??= await NewMunicipalityAsync();
        var areaId = Guid.NewGuid();
        await using (var db = CreateContext(null))
        {
            db.Areas.Add(new EmploymentArea(areaId, "t-" + areaId.ToString("N")[..12], "Testialue " + areaId.ToString()[..4], null,
                MunicipalityCode.Parse(municipality), CooperationModel.ResponsibleMunicipality, new DateOnly(2025, 1, 1), "Jaosto", null));
            await db.SaveChangesAsync();
        }
        var membershipId = Guid.NewGuid();
        await using (var db = CreateContext(areaId))
        {
            db.Memberships.Add(new Membership(membershipId, areaId, MunicipalityCode.Parse(municipality), new DateOnly(2025, 1, 1), null, "Päätös 1/2025"));
            await db.SaveChangesAsync();
        }
        return (areaId, membershipId);
    }

    /// <summary>A new area of two fresh members (the second joined 1.1.2025), for tests of the members' series.</summary>
    public async Task<(Guid AreaId, MunicipalityCode First, MunicipalityCode Second)> CreateTwoMemberAreaAsync()
    {
        var first = MunicipalityCode.Parse(await NewMunicipalityAsync());
        var second = MunicipalityCode.Parse(await NewMunicipalityAsync());
        var (areaId, _) = await CreateAreaAsync(first.Value);
        await using var db = CreateContext(areaId);
        db.Memberships.Add(new Membership(Guid.NewGuid(), areaId, second, new DateOnly(2025, 1, 1), null, "Päätös 2/2025"));
        await db.SaveChangesAsync();
        return (areaId, first, second);
    }

    /// <summary>A new account holding one role in the area.</summary>
    public async Task<Guid> CreateUserAsync(Guid areaId, Domain.Access.AreaRole role, Guid? userId = null, string? signInName = null)
    {
        var id = await CreateAccountAsync(userId, signInName);
        await AssignAsync(areaId, id, role);
        return id;
    }

    /// <summary>
    /// A new account with no role anywhere. With a sign-in name (an e-mail, as the app's are) the account has no display
    /// name, as accounts invited before names were asked: people see the e-mail's local part ("anna").
    /// </summary>
    public async Task<Guid> CreateAccountAsync(Guid? userId = null, string? signInName = null)
    {
        var id = userId ?? Guid.NewGuid();
        await using var db = CreateContext(null);
        var login = signInName ?? $"{id}@example.fi";
        db.Users.Add(new Infrastructure.Identity.ApplicationUser { Id = id, UserName = login, Email = login, DisplayName = signInName is null ? "Test" : "" });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A new account that is the system administrator (holds no area role by that).</summary>
    public async Task<Guid> CreateSystemAdministratorAsync()
    {
        var id = Guid.NewGuid();
        await using var db = CreateContext(null);
        db.Users.Add(new Infrastructure.Identity.ApplicationUser
        {
            Id = id, UserName = $"{id}@example.fi", Email = $"{id}@example.fi", DisplayName = "Sysadmin", IsSystemAdministrator = true,
        });
        await db.SaveChangesAsync();
        return id;
    }

    public async Task AssignAsync(Guid areaId, Guid userId, Domain.Access.AreaRole role)
    {
        await using var db = CreateContext(areaId);
        db.RoleAssignments.Add(new Domain.Access.AreaRoleAssignment(Guid.NewGuid(), areaId, userId, role));
        await db.SaveChangesAsync();
    }

    /// <summary>The national indicator definitions, once per database (tests in parallel may race to add them).</summary>
    public async Task EnsureIndicatorsAsync()
    {
        await using var db = CreateContext(null);
        var known = await db.Indicators.Select(i => i.Code).ToListAsync();
        db.Indicators.AddRange(Infrastructure.Seeding.IndicatorRegister.All.Where(i => !known.Contains(i.Code)));
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { /* added by a parallel test */ }
    }

    public async Task<NpgsqlConnection> OpenRuntimeConnectionAsync(Guid? areaId)
    {
        var connection = new NpgsqlConnection(Database.Connections.App);
        await connection.OpenAsync();
        await using var set = new NpgsqlCommand(AreaSession.SetSql, connection)
        {
            Parameters = { new() { Value = areaId?.ToString() ?? "" }, new() { Value = "" } },
        };
        await set.ExecuteNonQueryAsync();
        return connection;
    }
}

/// <summary>The app's context factory for use cases under test, bound to one AreaContext.</summary>
public sealed class TestContextFactory(DatabaseFixture fixture, AreaContext area) : IAppDbContextFactory
{
    public Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IAppDbContext>(fixture.ContextFor(area));
}

/// <summary>EF's own context factory for the same AreaContext (what <see cref="Infrastructure.Identity.CurrentRights"/> uses).</summary>
public sealed class TestEfContextFactory(DatabaseFixture fixture, AreaContext area) : Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => fixture.ContextFor(area);
}
