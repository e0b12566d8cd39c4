using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Auth.BackChannelLogout;

namespace TyollisyysAlue.Web.Tests.Auth.BackChannelLogout;

/// <summary>
/// The back-channel logout endpoint over HTTP (issue 11, "the provider's sign-out ends the app session"): the app
/// configured for a made-up provider whose metadata and key are <see cref="TestIdentityProvider"/>'s. A valid logout
/// token ends every session of the user linked to its subject (a copied cookie stops opening pages); an invalid one
/// gets 400 with no detail and ends nothing.
/// </summary>
[Collection(AppCollection.Name)]
public class BackChannelLogoutEndpointTests(AppFixture app)
{
    private const string Page = "/areas/porvoo/municipalities";
    private readonly TestIdentityProvider _provider = new();

    [Fact]
    public async Task Invalid_logout_tokens_get_400_without_detail_and_end_no_session()
    {
        await using var host = WithProvider();
        var (cookie, stamp) = await SignedInLinkedUserAsync(host, "bcl.invalid@example.fi", loginKey: "subject-invalid");
        var now = Now(host);
        string Broken(string claim, object? value, string? forgerKeyId = null)
        {
            var claims = TestIdentityProvider.Claims("subject-invalid", now);
            claims[claim] = value;
            return _provider.Token(claims, forgerKeyId);
        }
        var tokens = new Dictionary<string, string>
        {
            ["bad signature"] = Broken("sub", "subject-invalid", forgerKeyId: TestIdentityProvider.KeyId),
            ["wrong audience"] = Broken("aud", "another-app"),
            ["a nonce"] = Broken("nonce", "n-0S6_WzA2Mj"),
            ["no logout event"] = Broken("events", null),
            ["only a sid"] = Broken("sub", null),
            ["unsigned"] = TestIdentityProvider.Unsigned(TestIdentityProvider.Claims("subject-invalid", now)),
        };
        using var provider = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        foreach (var (why, token) in tokens)
        {
            using var response = await PostAsync(provider, token);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, why);
            Assert.Equal("""{"error":"invalid_request"}""", await response.Content.ReadAsStringAsync());
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }
        using (var noField = await provider.PostAsync(BackChannelLogoutEndpoint.Path, new FormUrlEncodedContent([new("token", "x")])))
            Assert.Equal(HttpStatusCode.BadRequest, noField.StatusCode);
        using (var json = await provider.PostAsync(BackChannelLogoutEndpoint.Path, new StringContent("""{"logout_token":"x"}""", System.Text.Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);

        await AssertSessionLivesAsync(host, "bcl.invalid@example.fi", stamp, cookie);
    }

    [Fact]
    public async Task A_valid_logout_token_ends_every_session_of_the_user_and_is_accepted_once()
    {
        await using var host = WithProvider();
        // Linked by Entra's oid, with the provider's sub recorded at sign-in (OrganisationSubject).
        var (cookie, _) = await SignedInLinkedUserAsync(host, "bcl.oid@example.fi", loginKey: "oid-0001", recordedSubject: "subject-oid");
        var (bystanderCookie, bystanderStamp) = await SignedInLinkedUserAsync(host, "bcl.bystander@example.fi", loginKey: "subject-bystander");
        using var provider = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var token = _provider.Token(TestIdentityProvider.Claims("subject-oid", Now(host)));

        using (var response = await PostAsync(provider, token))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }

        using var copy = WithCookie(host, cookie);
        await AssertSignInAskedAsync(copy);
        // Another linked user is untouched.
        await AssertSessionLivesAsync(host, "bcl.bystander@example.fi", bystanderStamp, bystanderCookie);
        // The same token again is a replay.
        using (var replay = await PostAsync(provider, token))
            Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        // A login linked by the sub itself (a provider without oid) is found by it.
        using (var bySub = await PostAsync(provider, _provider.Token(TestIdentityProvider.Claims("subject-bystander", Now(host)))))
            Assert.Equal(HttpStatusCode.OK, bySub.StatusCode);
        using var bystander = WithCookie(host, bystanderCookie);
        await AssertSignInAskedAsync(bystander);
    }

    [Fact]
    public async Task A_valid_logout_token_for_an_unknown_subject_is_answered_200_and_ends_no_session()
    {
        await using var host = WithProvider();
        var (cookie, stamp) = await SignedInLinkedUserAsync(host, "bcl.known@example.fi", loginKey: "subject-known");
        using var provider = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        using var response = await PostAsync(provider, _provider.Token(TestIdentityProvider.Claims("subject-nobody", Now(host))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertSessionLivesAsync(host, "bcl.known@example.fi", stamp, cookie);
    }

    [Fact]
    public async Task Without_organisation_sign_in_the_address_is_not_found()
    {
        using var client = app.Anonymous();

        using var response = await PostAsync(client, _provider.Token(TestIdentityProvider.Claims("subject-1", DateTimeOffset.UtcNow)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Posts_over_the_limit_per_address_get_429_with_retry_after()
    {
        await using var host = WithProvider(perMinute: 2);
        using var provider = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        for (var i = 0; i < 2; i++)
            using (var allowed = await PostAsync(provider, "not-a-token")) Assert.Equal(HttpStatusCode.BadRequest, allowed.StatusCode);

        using var refused = await PostAsync(provider, "not-a-token");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    /// <summary>The app with organisation sign-in configured for <see cref="TestIdentityProvider"/> (its metadata given, not fetched).</summary>
    private WebApplicationFactory<Program> WithProvider(int? perMinute = null) => app.Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Authentication:OpenIdConnect:Authority", TestIdentityProvider.Issuer);
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting("RateLimiting:BackChannelLogoutPerAddress", (perMinute ?? 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(AuthSetup.OidcScheme,
            options => options.Configuration = _provider.Configuration));
    });

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token) =>
        client.PostAsync(BackChannelLogoutEndpoint.Path, new FormUrlEncodedContent([new("logout_token", token)]));

    private static DateTimeOffset Now(WebApplicationFactory<Program> host) => host.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>No session of the user ended: the stamp is the one they signed in with, and their cookie still opens the page.</summary>
    private static async Task AssertSessionLivesAsync(WebApplicationFactory<Program> host, string email, string stamp, string cookie)
    {
        Assert.Equal(stamp, await StampOfAsync(host, email));
        using var copy = WithCookie(host, cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(Page)).StatusCode);
    }

    private static async Task AssertSignInAskedAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>
    /// A viewer of Porvoo of the test's own (ending a demo user's sessions would sign other tests out) whose account is
    /// linked to an organisation login, signed in (by password: the session is what matters), and its cookie and stamp.
    /// </summary>
    private static async Task<(string Cookie, string Stamp)> SignedInLinkedUserAsync(WebApplicationFactory<Program> host, string email,
        string loginKey, string? recordedSubject = null)
    {
        await using (var scope = await host.Services.AsAsync(DemoAreas.Porvoo, "admin.porvoo@example.fi"))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
            Assert.True((await users.AddLoginAsync(user, new UserLoginInfo(AuthSetup.OidcScheme, loginKey, "OpenID Connect"))).Succeeded);
            if (recordedSubject is not null)
                Assert.True((await users.AddClaimAsync(user, new(OrganisationSubject.ClaimType, recordedSubject))).Succeeded);
            await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
            db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), DemoAreas.Porvoo, user.Id, AreaRole.Viewer));
            await db.SaveChangesAsync();
        }
        var browser = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var signIn = await SignIn.PostAsync(browser, email, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var setCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ta.auth=", StringComparison.Ordinal));
        return (setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)], await StampOfAsync(host, email));
    }

    private static async Task<string> StampOfAsync(WebApplicationFactory<Program> host, string email)
    {
        using var scope = host.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        return user!.SecurityStamp!;
    }

    private static HttpClient WithCookie(WebApplicationFactory<Program> host, string cookie)
    {
        var copy = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }
}
