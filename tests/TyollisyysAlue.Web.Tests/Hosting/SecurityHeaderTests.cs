namespace TyollisyysAlue.Web.Tests.Hosting;

[Collection(AppCollection.Name)]
public class SecurityHeaderTests(AppFixture app)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health/live")]
    public async Task Responses_carry_the_security_headers(string path)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_friendly_not_found_page()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        using var response = await client.GetAsync("/no/such/page");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sivua ei löytynyt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
