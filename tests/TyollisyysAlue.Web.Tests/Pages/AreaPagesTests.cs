using TyollisyysAlue.TestSupport;
namespace TyollisyysAlue.Web.Tests.Pages;

/// <summary>The pages show the area's own data (server-rendered HTML of the first request).</summary>
[Collection(AppCollection.Name)]
public class AreaPagesTests(AppFixture app)
{
    [Fact]
    public async Task Overview_lists_the_current_members_with_codes_and_not_the_one_that_left()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        var html = await client.GetStringAsync("/areas/porvoo");
        foreach (var (code, name) in new[] { ("638", "Porvoo"), ("018", "Askola"), ("407", "Lapinjärvi"), ("434", "Loviisa"), ("504", "Myrskylä"), ("616", "Pukkila") })
        {
            Assert.Contains($"data-code=\"{code}\"", html, StringComparison.Ordinal);
            Assert.Contains(name, html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("data-code=\"753\"", html, StringComparison.Ordinal);
        Assert.Contains("Vastuukuntamalli", html, StringComparison.Ordinal);
        Assert.Contains("Porvoon elinvoimalautakunnan TE-jaosto", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Membership_history_keeps_sipoo_with_its_dates_and_reason()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        var html = await client.GetStringAsync("/areas/porvoo/municipalities");
        Assert.Contains("data-code=\"753\"", html, StringComparison.Ordinal);
        Assert.Contains("30.5.2023", html, StringComparison.Ordinal);
        Assert.Contains("31.10.2023", html, StringComparison.Ordinal);
        Assert.Contains("Sipoo muodosti työllisyysalueen Keravan kanssa", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pohjanmaa_has_its_seven_joiners_and_kaskinen_by_the_later_decision()
    {
        using var client = await app.SignedInAs("admin.pohjanmaa@example.fi");
        var html = await client.GetStringAsync("/areas/pohjanmaa/municipalities");
        foreach (var code in new[] { "905", "893", "946", "499", "399", "475", "545", "280", "231" })
            Assert.Contains($"data-code=\"{code}\"", html, StringComparison.Ordinal);
        Assert.Contains("Valtioneuvoston päätös 22.2.2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kuopio_area_has_eleven_municipalities()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var html = await client.GetStringAsync("/areas/kuopio");
        Assert.Equal(11, System.Text.RegularExpressions.Regex.Count(html, "data-code=\"\\d{3}\""));
        Assert.Contains("data-testid=\"member-count\">11<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swedish_ui_shows_swedish_names_and_labels()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        await Language.SetAsync(client, "sv-FI");
        var html = await client.GetStringAsync("/areas/porvoo");
        Assert.Contains("Borgå sysselsättningsområde", html, StringComparison.Ordinal);
        Assert.Contains("Lovisa", html, StringComparison.Ordinal);
        Assert.Contains("Lappträsk", html, StringComparison.Ordinal);
        Assert.Contains("Ansvarskommunmodell", html, StringComparison.Ordinal);
        Assert.Contains("1.1.2025", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administration_lists_only_the_areas_own_users()
    {
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        var html = await client.GetStringAsync("/areas/porvoo/admin");
        Assert.Contains("viewer.porvoo@example.fi", html, StringComparison.Ordinal);
        Assert.Contains("Jaoston jäsen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("admin.kuopio@example.fi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("planner.multi@example.fi", html, StringComparison.Ordinal);
    }
}
