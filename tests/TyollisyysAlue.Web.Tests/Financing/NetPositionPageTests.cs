using System.Net;

namespace TyollisyysAlue.Web.Tests.Financing;

[Collection(AppCollection.Name)]
public class NetPositionPageTests(AppFixture app)
{
    [Fact]
    public async Task A_committee_member_reads_the_net_position_with_its_trace_and_demo_label()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/net-position?year=2025"));
        Assert.Contains("data-testid=\"net-position\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"net-trace\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"demo-data\"", html, StringComparison.Ordinal);
        Assert.Contains("Nettokustannus", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"estimate-editor\"", html, StringComparison.Ordinal); // committee members read
    }

    [Fact]
    public async Task A_year_without_parameters_names_what_is_missing()
    {
        using var client = await app.SignedInAs("planner.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/net-position?year=2027"));
        Assert.Contains("data-testid=\"missing\"", html, StringComparison.Ordinal);
        Assert.Contains("Valtiovarainministeriö", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"net-position\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_areas_page_is_not_found()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using var response = await client.GetAsync("/areas/kuopio/net-position?year=2025");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
