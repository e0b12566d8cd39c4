using System.Net;

namespace TyollisyysAlue.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public class PlanPageTests(AppFixture app)
{
    private static string Nbsp(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [Fact]
    public async Task A_viewer_reads_the_porvoo_draft_with_its_statutory_sections_and_no_edit_controls()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/plan"));
        Assert.Contains("versio 30.5.2023", html, StringComparison.Ordinal);
        Assert.Contains("Rahoitusperiaatteet ja kustannustenjako", html, StringComparison.Ordinal);
        Assert.Contains("(§15 c)", Nbsp(html), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"section-text\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-section\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"submit-version\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"send-comment\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_member_may_comment_but_not_edit()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        var html = await client.GetStringAsync("/areas/porvoo/plan");
        Assert.Contains("data-testid=\"send-comment\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-section\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"new-version\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_planner_sees_the_editing_controls_of_the_draft()
    {
        using var client = await app.SignedInAs("planner.porvoo@example.fi");
        var html = await client.GetStringAsync("/areas/porvoo/plan");
        Assert.Contains("data-testid=\"edit-section\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"submit-version\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kuopios_approved_plan_shows_its_decision_and_frozen_budget_and_the_overview_its_progress()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var html = Nbsp(WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio/plan")));
        Assert.Contains("Kuopion työllisyysaluejaosto", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-section\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"live-table\"", html, StringComparison.Ordinal);
        Assert.Contains("Jäsenkunnat 2025", html, StringComparison.Ordinal);

        var overview = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio"));
        Assert.Contains("data-testid=\"plan-summary\"", overview, StringComparison.Ordinal);
        Assert.Contains("5.12.2024", overview, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"plan-progress\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kuopios_single_version_explains_that_comparing_needs_two_instead_of_offering_it_twice()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio/plan?tab=compare"));
        Assert.Contains("Vertailuun tarvitaan vähintään kaksi versiota.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"compare-older\"", html, StringComparison.Ordinal);

        var sections = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio/plan"));
        Assert.DoesNotContain("Vertailuun tarvitaan", sections, StringComparison.Ordinal); // only on the compare tab
    }

    [Fact]
    public async Task The_goals_tab_opens_from_a_link_with_the_planners_add_goal_button_already_rendered()
    {
        using var client = await app.SignedInAs("planner.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/plan?tab=goals"));
        Assert.Contains("data-testid=\"add-goal\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"goal\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer.porvoo@example.fi", "/areas/kuopio/plan")]
    [InlineData("viewer.porvoo@example.fi", "/areas/kuopio/plan/versions/00000000-0000-0000-0000-000000000001/export.pdf")]
    [InlineData("viewer.porvoo@example.fi", "/areas/porvoo/plan/versions/00000000-0000-0000-0000-000000000001/export.docx")]
    public async Task Another_areas_plan_and_unknown_versions_are_not_found(string user, string path)
    {
        using var client = await app.SignedInAs(user);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Another_areas_real_version_is_not_found_through_my_area_and_anonymous_visitors_are_sent_to_sign_in()
    {
        using var kuopio = await app.SignedInAs("admin.kuopio@example.fi");
        var html = await kuopio.GetStringAsync("/areas/kuopio/plan");
        var href = System.Text.RegularExpressions.Regex.Match(html, "/areas/kuopio/plan/versions/([0-9a-f-]{36})/export\\.pdf").Groups[1].Value;
        Assert.NotEmpty(href);

        using var porvoo = await app.SignedInAs("viewer.porvoo@example.fi");
        using var foreign = await porvoo.GetAsync($"/areas/porvoo/plan/versions/{href}/export.pdf");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        using var anonymous = app.Anonymous();
        using var response = await anonymous.GetAsync($"/areas/kuopio/plan/versions/{href}/export.pdf");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
