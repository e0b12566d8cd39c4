using System.Net;

namespace TyollisyysAlue.Web.Tests.Admin;

[Collection(AppCollection.Name)]
public class WorkforceCheckPageTests(AppFixture app)
{
    [Theory]
    [InlineData("admin.pohjanmaa@example.fi", "pohjanmaa")]
    [InlineData("viewer.porvoo@example.fi", "porvoo")]
    public async Task The_municipalities_page_shows_each_budget_years_labour_force_against_20000(string user, string area)
    {
        using var client = await app.SignedInAs(user);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/areas/{area}/municipalities"));
        Assert.Contains("data-testid=\"workforce-check\"", html, StringComparison.Ordinal);
        Assert.Contains("data-year=\"2025\" data-meets=\"yes\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>Työvoima</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_pohjanmaa_only_vaasa_reaches_20000_alone_as_the_seed_remarks()
    {
        using var client = await app.SignedInAs("admin.pohjanmaa@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/pohjanmaa/municipalities"));
        var row = System.Text.RegularExpressions.Regex.Match(html, "<tr data-year=\"2025\".*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains("<td data-testid=\"workforce-alone\">Vaasa</td>", row, StringComparison.Ordinal);
    }
}
