using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests;

/// <summary>The app once per test run, on its own PostgreSQL, with the demo areas and accounts.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    public AppFactory Factory { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.StartAsync();
        Factory = new AppFactory(_database);
        Factory.CreateClient().Dispose(); // start the host: provisioning, migration, seeding
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    public HttpClient Anonymous() => Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    public Task<HttpClient> SignedInAs(string email) => SignIn.ClientForAsync(Factory, email);
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
