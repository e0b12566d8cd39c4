using System.Net;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;
using TyollisyysAlue.Web.Auth;

namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>
/// Issue 11, finding 7: a return address is a path of this site or the home page — never another site, never a 500 —
/// and the language switch is a POST with antiforgery (a GET, a link on another site, changes nothing).
/// </summary>
[Collection(AppCollection.Name)]
public class ReturnAddressTests(AppFixture app)
{
    [Theory]
    [InlineData("/areas/porvoo?tab=2", "/areas/porvoo?tab=2")]
    [InlineData("/\t/x", "/")]
    [InlineData("/\n/x", "/")]
    [InlineData("/ä", "/%C3%A4")]
    [InlineData("/a b", "/a%20b")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/x\\y", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Only_paths_of_this_site_come_back_and_in_a_form_a_header_can_carry(string? asked, string expected) =>
        Assert.Equal(expected, ReturnAddress.Safe(asked));

    [Theory]
    [InlineData("/\t/x", "/")]
    [InlineData("/ä", "/%C3%A4")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/account/login", "/account/login")]
    public async Task The_language_switch_returns_to_a_safe_address_never_a_500(string returnUrl, string expected)
    {
        using var client = app.Anonymous();
        using var response = await Language.SetAsync(client, "sv-FI", returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_language_switch_without_fields_is_a_400_not_a_500()
    {
        using var client = app.Anonymous();
        using (var bare = await client.PostAsync("/culture/set", null))
            Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        using var onlyToken = await Language.SetAsync(client, "", "");
        Assert.Equal(HttpStatusCode.BadRequest, onlyToken.StatusCode);
    }

    [Fact]
    public async Task A_get_or_a_post_without_the_antiforgery_token_changes_no_language()
    {
        using var client = app.Anonymous();
        using (var get = await client.GetAsync("/culture/set?culture=sv-FI&returnUrl=/"))
        {
            // No such GET any more: the anonymous client is sent to sign-in (as for any unknown page), not back to "/".
            Assert.NotEqual("/", get.Headers.Location?.OriginalString);
            Assert.False(get.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
        }
        using (var forged = await client.PostAsync("/culture/set", new FormUrlEncodedContent([new("culture", "sv-FI"), new("returnUrl", "/")])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.False(forged.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
        }
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"fi\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ä", "/%C3%A4")]
    [InlineData("/\t/x", "/")]
    public async Task Signing_in_with_an_odd_return_address_signs_in_and_goes_somewhere_safe(string returnUrl, string expected)
    {
        using var client = app.Anonymous();
        using var response = await SignIn.PostAsync(client, "viewer.porvoo@example.fi", DemoUsers.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ta.auth=", StringComparison.Ordinal));
    }
}
