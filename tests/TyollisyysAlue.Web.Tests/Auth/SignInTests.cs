using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Auth;

[Collection(AppCollection.Name)]
public class SignInTests(AppFixture app)
{
    private static string PathOf(HttpResponseMessage redirect) =>
        new Uri(new Uri("http://localhost"), redirect.Headers.Location!).PathAndQuery;

    private const string GenericFailure = "Sähköposti tai salasana on väärin.";

    [Fact]
    public async Task Correct_credentials_sign_in_and_return_to_the_requested_page()
    {
        using var client = app.Anonymous();
        using var response = await SignIn.PostAsync(client, "viewer.porvoo@example.fi", DemoUsers.Password, "/areas/porvoo/municipalities");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/areas/porvoo/municipalities", PathOf(response));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ta.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var client = app.Anonymous();
        using var response = await SignIn.PostAsync(client, "viewer.porvoo@example.fi", DemoUsers.Password, "https://evil.example/");
        Assert.Equal("/", PathOf(response));
    }

    [Theory]
    [InlineData("viewer.porvoo@example.fi", "wrong-password-123")]
    [InlineData("nobody@example.fi", DemoUsers.Password)]
    public async Task Wrong_password_and_unknown_user_get_the_same_generic_message(string email, string password)
    {
        using var client = app.Anonymous();
        using var response = await SignIn.PostAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(GenericFailure, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_and_malformed_fields_get_field_messages_and_no_sign_in()
    {
        using var client = app.Anonymous();
        using (var empty = await SignIn.PostAsync(client, "", ""))
        {
            var html = await empty.Content.ReadAsStringAsync();
            Assert.Contains("Anna sähköpostiosoite.", html, StringComparison.Ordinal);
            Assert.Contains("Anna salasana.", html, StringComparison.Ordinal);
            Assert.DoesNotContain(GenericFailure, html, StringComparison.Ordinal);
        }
        using var malformed = await SignIn.PostAsync(client, "not-an-address", "x");
        Assert.Contains("Anna sähköpostiosoite muodossa", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var page = await client.GetAsync("/areas/porvoo");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task Repeated_failures_are_throttled_alike_for_real_and_unknown_accounts_and_lock_nothing()
    {
        // Issue 11, finding 4: a real account used to answer "locked until …" after five failures, a made-up one never.
        var real = await OwnAccountAsync("throttle.real@example.fi");
        const string unknown = "throttle.nobody@example.fi";
        foreach (var email in new[] { real, unknown })
        {
            using var client = app.Anonymous();
            for (var i = 0; i < 5; i++)
            {
                using var failed = await SignIn.PostAsync(client, email, "wrong-password-123");
                Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
                Assert.Contains(GenericFailure, await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            using var sixth = await SignIn.PostAsync(client, email, DemoUsers.Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
            Assert.True(sixth.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            var html = await sixth.Content.ReadAsStringAsync();
            Assert.Contains("Liian monta epäonnistunutta yritystä. Odota hetki", html, StringComparison.Ordinal);
            Assert.DoesNotContain("lukittu", html, StringComparison.Ordinal);
        }
        // Nothing was locked: the account has no lockout, and its failures counted nowhere in the database.
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var account = (await users.FindByEmailAsync(real))!;
        Assert.False(await users.IsLockedOutAsync(account));
        Assert.Equal(0, await users.GetAccessFailedCountAsync(account));
    }

    /// <summary>An account of the test's own: locking a demo user would fail every other test signing in as them.</summary>
    private async Task<string> OwnAccountAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var created = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Lukitustesti" }, DemoUsers.Password);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        }
        return email;
    }

    [Fact]
    public async Task The_sign_in_page_follows_the_chosen_language()
    {
        using var client = app.Anonymous();
        using var set = await Language.SetAsync(client, "sv-FI", "/account/login");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"sv\"", html, StringComparison.Ordinal);
        Assert.Contains("Logga in", html, StringComparison.Ordinal);
        Assert.Contains("Lösenord", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finnish_is_the_default_whatever_the_browser_asks_for()
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"fi\"", html, StringComparison.Ordinal);
        Assert.Contains("Kirjaudu sisään", html, StringComparison.Ordinal);
    }
}
