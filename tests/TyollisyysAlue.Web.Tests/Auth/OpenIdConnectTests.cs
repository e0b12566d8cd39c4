using Microsoft.AspNetCore.Hosting;

namespace TyollisyysAlue.Web.Tests.Auth;

[Collection(AppCollection.Name)]
public class OpenIdConnectTests(AppFixture app)
{
    [Fact]
    public async Task Organisation_sign_in_appears_when_configured_and_not_otherwise()
    {
        using (var plain = app.Anonymous())
            Assert.DoesNotContain("/account/external-login", await plain.GetStringAsync("/account/login"), StringComparison.Ordinal);

        await using var withOidc = app.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://login.example.fi/tenant/v2.0");
            builder.UseSetting("Authentication:OpenIdConnect:ClientId", "tyollisyysalue");
        });
        using var client = withOidc.CreateClient();
        using var response = await client.GetAsync("/account/login");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("action=\"/account/external-login", html, StringComparison.Ordinal);
        Assert.Contains("Kirjaudu organisaation tunnuksella", html, StringComparison.Ordinal);
        // The identity provider may post the sign-in back: it is allowed as a form target, nothing else is.
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("form-action 'self' https://login.example.fi", csp, StringComparison.Ordinal);
    }
}
