using System.Net;

namespace TyollisyysAlue.Web.Tests.Admin;

[Collection(AppCollection.Name)]
public class MembershipPageTests(AppFixture app)
{
    [Fact]
    public async Task An_administrator_gets_the_join_and_end_forms_beside_the_history()
    {
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/municipalities"));
        Assert.Contains("data-testid=\"membership-history\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"membership-editor\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"join-save\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("planner.porvoo@example.fi")]
    [InlineData("viewer.porvoo@example.fi")]
    public async Task Other_roles_read_the_history_without_the_forms(string user)
    {
        using var client = await app.SignedInAs(user);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/municipalities"));
        Assert.Contains("data-testid=\"membership-history\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"membership-editor\"", html, StringComparison.Ordinal);
    }
}
