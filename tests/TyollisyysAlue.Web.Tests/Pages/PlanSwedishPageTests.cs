using System.Net;
using TyollisyysAlue.Web.Tests.Offices;

namespace TyollisyysAlue.Web.Tests.Pages;

/// <summary>The plan page for a Swedish-speaking planner: Swedish chrome, the plan's own text marked with the plan's language.</summary>
[Collection(AppCollection.Name)]
public class PlanSwedishPageTests(AppFixture app)
{
    private static readonly string[] FinnishChrome = ["Muokkaa lukua", "Aloita uusi versio", "Tarkistuslista", "Vertaa versioita", "Luonnos", "Hyväksytty"];

    [Fact]
    public async Task Porvoo_in_Swedish_opens_the_Swedish_version_with_Swedish_statutory_sections()
    {
        using var client = await SwedishExportTestKit.InSwedishAsync(app, "planner.porvoo@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/plan")).Replace('\u00a0', ' ');
        foreach (var swedish in new[] { "Plan för ordnandet", "Redigera avsnittet", "Påbörja en ny version", "Utkast", "Tjänsternas tillgänglighet", "(§15 c)" })
            Assert.Contains(swedish, html, StringComparison.Ordinal);
        foreach (var finnish in FinnishChrome.Append("Rahoitusperiaatteet ja kustannustenjako"))
            Assert.DoesNotContain(finnish, html, StringComparison.Ordinal);
        Assert.Contains("lang=\"sv\" data-testid=\"section-text\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kuopios_Finnish_plan_read_in_Swedish_marks_its_text_as_Finnish()
    {
        using var client = await SwedishExportTestKit.InSwedishAsync(app, "admin.kuopio@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio/plan"));
        Assert.Contains("Godkänd", html, StringComparison.Ordinal);
        Assert.Contains("Mål och åtgärder", html, StringComparison.Ordinal);
        foreach (var finnish in FinnishChrome)
            Assert.DoesNotContain(finnish, html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fi\" data-testid=\"section-heading\"", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fi\" data-testid=\"section-text\"", html, StringComparison.Ordinal);
    }
}
