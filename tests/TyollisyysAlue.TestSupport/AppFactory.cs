using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Infrastructure.Persistence.Diagnostics;

namespace TyollisyysAlue.TestSupport;

/// <summary>
/// The whole app in-process on a test database, with the demo areas and accounts seeded, counting its SQL commands
/// (<see cref="Sql"/>) so that tests can see what a request costs.
/// </summary>
public class AppFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    /// <summary>The key that encrypts the Data Protection keys at rest in the tests (any 32 bytes; not a secret).</summary>
    public const string TestKeyEncryptionKey = "dGVzdHMtb25seS1rZXktZW5jcnlwdGlvbi1rZXktMzI=";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Owner", Database.Connections.Owner);
        builder.UseSetting("ConnectionStrings:App", Database.Connections.App);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Hosting:SecureCookies", "false");
        // Every test client comes from the one test address: the limits themselves are tested with their own host.
        builder.UseSetting("RateLimiting:SignInPerAddress", "100000");
        builder.UseSetting("RateLimiting:ApiPerAddress", "100000");
        builder.UseSetting("RateLimiting:ApiPerToken", "100000");
        builder.UseSetting("RateLimiting:FeedbackPerAddressPerHour", "100000");
        builder.UseSetting("DataProtection:Key", TestKeyEncryptionKey);
        builder.ConfigureServices(services => services.AddSqlCommandLog());
    }

    public SqlCommandLog Sql => Services.GetRequiredService<SqlCommandLog>();
}
