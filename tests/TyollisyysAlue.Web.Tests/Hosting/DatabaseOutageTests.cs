using System.Net;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>Its own app and database, because the test stops the database under the running app.</summary>
public class DatabaseOutageTests
{
    [Fact]
    public async Task When_the_database_goes_down_ready_fails_live_holds_and_pages_ask_to_retry()
    {
        var database = await TestDatabase.StartAsync();
        await using var factory = new AppFactory(database);
        using var client = await SignIn.ClientForAsync(factory, "viewer.porvoo@example.fi");
        using (var ready = await client.GetAsync("/health/ready"))
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        await database.DisposeAsync(); // stops the PostgreSQL server

        using (var ready = await client.GetAsync("/health/ready"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using (var live = await client.GetAsync("/health/live"))
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var page = await client.GetAsync("/areas/porvoo");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Palvelu on tilapäisesti poissa käytöstä", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NpgsqlException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);

        // The API answers the outage as problem details too (issue 11, finding 6), not the HTML page.
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Infrastructure.Seeding.DemoApiTokens.PorvooToken);
        using var split = await api.GetAsync("/api/v1/areas/2025/split");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, split.StatusCode);
        Assert.Equal("application/problem+json", split.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":503", await split.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
