using System.Net;

namespace TyollisyysAlue.Web.Tests.Admin;

[Collection(AppCollection.Name)]
public class UsersAdminPageTests(AppFixture app)
{
    [Fact]
    public async Task An_administrator_sees_the_users_of_the_area_with_role_actions()
    {
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/admin"));
        Assert.Contains("data-testid=\"area-users\"", html, StringComparison.Ordinal);
        Assert.Contains("Pekka Suunnittelija", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kalle Kuopiolainen", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"remove-access\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"add-role\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"invite-user\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"reset-password\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_planner_cannot_open_user_administration()
    {
        using var client = await app.SignedInAs("planner.porvoo@example.fi");
        using var response = await client.GetAsync("/areas/porvoo/admin");
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"got {(int)response.StatusCode}");
    }
}
