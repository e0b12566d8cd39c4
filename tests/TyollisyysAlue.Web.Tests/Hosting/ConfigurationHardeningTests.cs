using Npgsql;
using TyollisyysAlue.Web.Tests.Api;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>
/// Issue 11, finding 10: exports and API answers are not cached; demo data is opt-in in docker-compose.yml; Data
/// Protection keys are encrypted at rest, and an installation without a key refuses to start outside Development.
/// </summary>
[Collection(AppCollection.Name)]
public class ConfigurationHardeningTests(AppFixture app)
{
    [Theory]
    [InlineData("/areas/porvoo/budget/2025/export/csv")]
    [InlineData("/areas/porvoo/budget/2025/export/xlsx")]
    [InlineData("/areas/porvoo/budget/2025/export/pdf")]
    public async Task Exports_are_not_cached(string path)
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/api/v1/areas/2025/split", 200)]
    [InlineData("/api/v1/no-such-thing", 404)]
    public async Task Api_answers_and_api_problems_are_not_cached(string path, int status)
    {
        using var client = app.WithToken();
        using var response = await client.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public void Docker_compose_seeds_no_demo_data_unless_asked_and_needs_a_key_for_the_keys()
    {
        var compose = File.ReadAllText(Path.Combine(RepositoryRoot(), "docker-compose.yml"));
        Assert.Contains("Database__SeedDemoData: \"${SEED_DEMO_DATA:-false}\"", compose, StringComparison.Ordinal);
        Assert.Contains("DataProtection__Key: \"${DATA_PROTECTION_KEY:?", compose, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_are_stored_encrypted()
    {
        using (var client = app.Anonymous()) await client.GetStringAsync("/account/login"); // an antiforgery token needs a key
        await using var connection = new NpgsqlConnection(app.Factory.Database.Admin); // superuser: reads the table as stored
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select xml from data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedWithConfiguredKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Outside_development_the_app_refuses_to_start_with_unprotected_keys()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var production = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" };
        var error = Assert.Throws<InvalidOperationException>(() => Web.Hosting.KeysAtRest.ProtectKeysAtRest(services, configuration, production));
        Assert.Contains("DataProtection:Key", error.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TyollisyysAlue.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
