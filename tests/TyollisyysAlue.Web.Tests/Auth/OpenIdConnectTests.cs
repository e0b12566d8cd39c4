using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using TyollisyysAlue.Web.Auth;

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

    [Theory]
    [InlineData("http://127.0.0.1:5123", "false", true)]
    [InlineData("http://localhost:5123", "false", true)]
    [InlineData("http://127.0.0.1:5123", null, false)]
    [InlineData("https://127.0.0.1:5123", "false", false)]
    [InlineData("http://login.example.fi/tenant/v2.0", "false", false)]
    [InlineData("https://login.microsoftonline.com/tenant/v2.0", "false", false)]
    public void Plain_http_metadata_is_allowed_only_when_asked_for_a_provider_on_this_machine(string authority, string? setting, bool allowed)
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["RequireHttpsMetadata"] = setting }).Build();
        Assert.Equal(allowed, OrganisationSignInSetup.AllowsPlainHttpMetadata(authority, section));
    }

    [Theory]
    [InlineData("aino@porvoo.fi", "upn@porvoo.fi", null, "aino@porvoo.fi")]
    [InlineData(null, "aino@porvoo.fi", null, "aino@porvoo.fi")]
    [InlineData(null, "aino", null, null)]
    [InlineData("aino@porvoo.fi", null, "true", "aino@porvoo.fi")]
    [InlineData("aino@porvoo.fi", null, "false", null)]
    public void The_e_mail_comes_from_email_else_the_sign_in_name_and_never_when_unverified(string? email, string? preferredUsername,
        string? verified, string? expected)
    {
        var claims = new List<Claim>();
        if (email is not null) claims.Add(new Claim("email", email));
        if (preferredUsername is not null) claims.Add(new Claim("preferred_username", preferredUsername));
        if (verified is not null) claims.Add(new Claim("email_verified", verified));
        Assert.Equal(expected, OrganisationSignIn.EmailOf(new ClaimsPrincipal(new ClaimsIdentity(claims, "test"))));
    }
}
