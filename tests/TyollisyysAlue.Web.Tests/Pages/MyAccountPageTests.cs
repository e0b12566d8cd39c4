using System.Net;

namespace TyollisyysAlue.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public class MyAccountPageTests(AppFixture app)
{
    [Fact]
    public async Task A_user_sees_every_area_and_role_they_hold_and_no_other()
    {
        using var client = await app.SignedInAs("planner.multi@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/account/me"));
        Assert.Contains("data-testid=\"my-areas\"", html, StringComparison.Ordinal);
        Assert.True(html.Split("data-testid=\"my-area-row\"").Length - 1 >= 2, "planner.multi holds roles in two areas");
        Assert.Contains("Suunnittelija", html, StringComparison.Ordinal);
        Assert.Contains("Jaoston jäsen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lahden työllisyyspalvelut", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        using var response = await app.Anonymous().GetAsync("/account/me");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
