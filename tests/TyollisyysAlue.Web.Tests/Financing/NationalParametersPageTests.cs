using System.Net;

namespace TyollisyysAlue.Web.Tests.Financing;

/// <summary>
/// The national parameters page: only the system administrator reaches it; the demo year shows its values flagged
/// demo with their Finnish and Swedish names and the steps editor.
/// </summary>
[Collection(AppCollection.Name)]
public class NationalParametersPageTests(AppFixture app)
{
    [Fact]
    public async Task The_system_administrator_sees_the_years_values_names_and_what_is_missing()
    {
        using var client = await app.SignedInAs("sysadmin@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/system/parameters?year=2025"));
        Assert.Contains("data-testid=\"national-parameters\"", html, StringComparison.Ordinal);
        Assert.Contains("Valtionosuus: € / 18–64-vuotias asukas", html, StringComparison.Ordinal);
        Assert.Contains("Statsandel: € / invånare 18–64 år", html, StringComparison.Ordinal);
        Assert.Contains("demo", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"benefit-steps\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin.porvoo@example.fi")]
    [InlineData("planner.porvoo@example.fi")]
    public async Task Nobody_else_reaches_it(string user)
    {
        using var client = await app.SignedInAs(user);
        using var response = await client.GetAsync("/system/parameters");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
