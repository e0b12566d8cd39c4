using System.Net;

namespace TyollisyysAlue.Web.Tests.Auth;

/// <summary>Each role reaches exactly its pages; the server decides, not hidden buttons.</summary>
[Collection(AppCollection.Name)]
public class PageAccessTests(AppFixture app)
{
    private static readonly string[] AreaReadPages =
        ["/areas/porvoo", "/areas/porvoo/overview", "/areas/porvoo/municipalities", "/areas/porvoo/budget",
         "/areas/porvoo/plan", "/areas/porvoo/services", "/areas/porvoo/offices", "/areas/porvoo/staffing", "/areas/porvoo/partners"];

    public static TheoryData<string, string, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var user in new[] { "viewer.porvoo@example.fi", "committee.porvoo@example.fi", "planner.porvoo@example.fi", "admin.porvoo@example.fi" })
        {
            foreach (var page in AreaReadPages) data.Add(user, page, HttpStatusCode.OK);
            data.Add(user, "/areas/porvoo/admin", user.StartsWith("admin.", StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.Redirect);
            data.Add(user, "/areas/porvoo/feedback", user.StartsWith("admin.", StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.Redirect);
            data.Add(user, "/system/areas", HttpStatusCode.Redirect);
            data.Add(user, "/system/feedback", HttpStatusCode.Redirect);
            // Another area, or one that does not exist: not found, so areas cannot be probed.
            data.Add(user, "/areas/kuopio", HttpStatusCode.NotFound);
            data.Add(user, "/areas/kuopio/admin", HttpStatusCode.NotFound);
            data.Add(user, "/areas/kuopio/feedback", HttpStatusCode.NotFound);
            data.Add(user, "/areas/no-such-area", HttpStatusCode.NotFound);
        }
        data.Add("sysadmin@example.fi", "/system/areas", HttpStatusCode.OK);
        data.Add("sysadmin@example.fi", "/system/municipalities", HttpStatusCode.OK);
        data.Add("sysadmin@example.fi", "/system/feedback", HttpStatusCode.OK);
        data.Add("sysadmin@example.fi", "/areas/porvoo/feedback", HttpStatusCode.NotFound);
        data.Add("admin.porvoo@example.fi", "/system/municipalities", HttpStatusCode.Redirect);
        data.Add("sysadmin@example.fi", "/areas/porvoo", HttpStatusCode.NotFound);
        data.Add("planner.multi@example.fi", "/areas/kuopio", HttpStatusCode.OK);
        data.Add("planner.multi@example.fi", "/areas/pohjanmaa/municipalities", HttpStatusCode.OK);
        data.Add("planner.multi@example.fi", "/areas/pohjanmaa/admin", HttpStatusCode.Redirect);
        data.Add("planner.multi@example.fi", "/areas/porvoo", HttpStatusCode.NotFound);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_reaches_exactly_its_pages(string user, string page, HttpStatusCode expected)
    {
        using var client = await app.SignedInAs(user);
        using var response = await client.GetAsync(page);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/areas/porvoo")]
    [InlineData("/areas/porvoo/admin")]
    [InlineData("/system/areas")]
    [InlineData("/account/access-denied")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string page)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    public async Task Only_sign_in_and_health_answer_anonymously(string page, HttpStatusCode expected)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(page);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_requires_antiforgery_and_ends_the_session()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        using (var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent([])))
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var page = await client.GetStringAsync("/account/login"); // any form page issues a token for this user
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using (var logout = await client.PostAsync("/account/logout",
                   new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token))])))
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await client.GetAsync("/areas/porvoo");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
