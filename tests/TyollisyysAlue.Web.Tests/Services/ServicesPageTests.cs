using TyollisyysAlue.TestSupport;
using TyollisyysAlue.Application.Common.Writing;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Services;

[Collection(AppCollection.Name)]
public partial class ServicesPageTests(AppFixture app)
{
    [Fact]
    public async Task A_viewer_reads_the_national_map_and_the_areas_services_but_gets_no_edit_controls()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        var map = Text(await client.GetStringAsync("/areas/porvoo/services"));
        Assert.Contains("Työn ja tekijän löytyminen", map, StringComparison.Ordinal);
        Assert.Contains("Kotoutumisen edistäminen", map, StringComparison.Ordinal);
        Assert.Contains("Starttiraha", map, StringComparison.Ordinal);

        var offerings = Text(await client.GetStringAsync("/areas/porvoo/services?year=2025&tab=1"));
        Assert.Contains("data-testid=\"offerings\"", offerings, StringComparison.Ordinal);
        Assert.Contains("Palvelutori jäsenkunnissa", offerings, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"services-demo\"", offerings, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-offering\"", offerings, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-local\"", offerings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lahtis_summary_shows_the_seeds_class_totals_adding_up_to_the_cent()
    {
        using var client = await app.SignedInAs("admin.lahti@example.fi");
        var html = Text(await client.GetStringAsync("/areas/lahti/services?year=2025&tab=2"));
        Assert.Contains("2 600 000,00 €", html, StringComparison.Ordinal);
        Assert.Contains("14 300 000,00 €", html, StringComparison.Ordinal);
        Assert.Contains("29 800 000,00 €", html, StringComparison.Ordinal);
        Assert.Contains("1 000 000,00 €", html, StringComparison.Ordinal);
        Assert.Contains("47 700 000,00 €", TestId(html, "summary-class-total"), StringComparison.Ordinal);
        Assert.Contains("47 700 000,00 €", TestId(html, "summary-mode-total"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kuopios_procurement_plan_totals_within_the_seeds_range_and_counts_its_threshold_warnings()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var html = Text(await client.GetStringAsync("/areas/kuopio/services?year=2025&tab=3"));
        Assert.Contains("3 485 000,00 €", TestId(html, "procurement-total"), StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "data-testid=\"flag-ThresholdWithBelowThresholdProcedure\""));
        Assert.Contains(": 2", TestId(html, "flag-count-ThresholdWithBelowThresholdProcedure"), StringComparison.Ordinal);
        Assert.Contains(": 0", TestId(html, "flag-count-DirectAwardWithoutGround"), StringComparison.Ordinal);
        Assert.Contains("Starttirahalausunnot", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_member_sees_no_edit_controls_and_the_server_refuses_their_edits()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        var html = await client.GetStringAsync("/areas/porvoo/services?year=2025&tab=3");
        Assert.DoesNotContain("data-testid=\"add-procurement\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"procurement-lines\"", html, StringComparison.Ordinal);

        await using var scope = await app.Factory.Services.AsAsync(DemoAreas.Porvoo, "committee.porvoo@example.fi");
        var offerings = scope.ServiceProvider.GetRequiredService<SaveOffering>();
        Assert.IsType<WriteOutcome<OfferingForm>.Forbidden>(await offerings.RunAsync(
            new OfferingForm { Year = 2025, NationalServiceCode = "eures", Mode = Domain.Services.ProductionMode.OwnProduction }));
        var procurement = scope.ServiceProvider.GetRequiredService<Application.Procurement.SaveProcurementLine>();
        Assert.IsType<WriteOutcome<Application.Procurement.ProcurementLineForm>.Forbidden>(await procurement.RunAsync(new Application.Procurement.ProcurementLineForm { Year = 2025 }));
    }

    [Fact]
    public async Task The_services_live_block_is_registered_for_the_plan()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AreaContext>().EnterArea(DemoAreas.Lahti, [AreaRole.Viewer]);
        var source = Assert.Single(scope.ServiceProvider.GetServices<ILiveBlockSource>(), s => s.Kind == LiveBlockKind.Services);
        var table = await source.BuildAsync(new LiveBlockRequest(new DateOnly(2025, 3, 1), 2025, "sv"), CancellationToken.None);
        Assert.Equal("Tjänst", table.Columns[0].Header);
        Assert.Equal("47 700 000,00", Nbsp(table.Totals![6]));
    }

    internal static string Text(string html) => Nbsp(WebUtility.HtmlDecode(html));

    internal static string Nbsp(string s) => s.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    /// <summary>The element with the test id, up to its closing tag (enough for a cell or a short block).</summary>
    internal static string TestId(string html, string id)
    {
        var start = html.IndexOf($"data-testid=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element with data-testid={id}");
        return html.Substring(start, Math.Min(400, html.Length - start));
    }
}
