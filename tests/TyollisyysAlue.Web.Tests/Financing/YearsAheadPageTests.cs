using System.Net;

namespace TyollisyysAlue.Web.Tests.Financing;

[Collection(AppCollection.Name)]
public class YearsAheadPageTests(AppFixture app)
{
    [Fact]
    public async Task A_committee_member_reads_the_projection_labelled_as_one_without_a_save_button()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/years-ahead?year=2025"));
        Assert.Contains("data-testid=\"years-ahead\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"projection-label\"", html, StringComparison.Ordinal);
        Assert.Contains("2027 ennuste", html, StringComparison.Ordinal);
        Assert.Contains("Henkilöstökulut (%)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"years-ahead-save\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_planner_may_save_and_another_areas_page_is_not_found()
    {
        using var client = await app.SignedInAs("planner.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/years-ahead?year=2025"));
        Assert.Contains("data-testid=\"years-ahead-save\"", html, StringComparison.Ordinal);
        using var other = await client.GetAsync("/areas/kuopio/years-ahead?year=2025");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
