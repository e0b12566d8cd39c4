using System.Net;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Api;

[Collection(AppCollection.Name)]
public class ApiTokensAdminPageTests(AppFixture app)
{
    [Fact]
    public async Task The_administration_page_lists_the_areas_tokens_without_their_secrets()
    {
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/admin"));
        Assert.Contains("data-testid=\"api-tokens\"", html, StringComparison.Ordinal);
        Assert.Contains(DemoApiTokens.PorvooName, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"create-token\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoApiTokens.PorvooSecret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_areas_administrator_does_not_see_porvoos_tokens()
    {
        using var client = await app.SignedInAs("admin.lahti@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/lahti/admin"));
        Assert.Contains("data-testid=\"api-tokens\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoApiTokens.PorvooName, html, StringComparison.Ordinal);
    }
}
