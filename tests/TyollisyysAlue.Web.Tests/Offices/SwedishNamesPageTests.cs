using TyollisyysAlue.TestSupport;
using System.Net;
using static TyollisyysAlue.Web.Tests.Offices.SwedishExportTestKit;

namespace TyollisyysAlue.Web.Tests.Offices;

/// <summary>In Porvoo (bilingual) a Swedish-speaking user sees the offices and partners by their Swedish names, on the page and in the .xlsx.</summary>
[Collection(AppCollection.Name)]
public class SwedishNamesPageTests(AppFixture app)
{
    private static string Text(string html) => WebUtility.HtmlDecode(html).Replace('\u00A0', ' ');

    [Fact]
    public async Task The_offices_page_in_Swedish_shows_the_Swedish_office_names()
    {
        using var client = await InSwedishAsync(app, "viewer.porvoo@example.fi");
        var html = Text(await client.GetStringAsync("/areas/porvoo/offices"));
        Assert.Contains("Servicetorget i Lovisa", html, StringComparison.Ordinal);
        Assert.Contains("Servicepunkten i Borgå", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Palvelutori, Loviisa", html, StringComparison.Ordinal);

        using var finnish = await app.SignedInAs("viewer.porvoo@example.fi");
        var fi = Text(await finnish.GetStringAsync("/areas/porvoo/offices"));
        Assert.Contains("Palvelutori, Loviisa", fi, StringComparison.Ordinal);
        Assert.DoesNotContain("Servicetorget i Lovisa", fi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partners_page_and_workbook_in_Swedish_show_the_Swedish_partner_names()
    {
        using var client = await InSwedishAsync(app, "viewer.porvoo@example.fi");
        var html = Text(await client.GetStringAsync("/areas/porvoo/partners"));
        Assert.Contains("Östra Nylands välfärdsområde", html, StringComparison.Ordinal);
        Assert.Contains("NTM-centralen i Nyland", html, StringComparison.Ordinal);

        using var workbook = await DownloadAsync(client, "/areas/porvoo/partners/export/xlsx");
        var texts = CellTexts(workbook.Worksheet(1));
        Assert.Contains("Östra Nylands välfärdsområde", texts);
        Assert.DoesNotContain("Itä-Uudenmaan hyvinvointialue", texts);

        using var offices = await DownloadAsync(client, "/areas/porvoo/offices/export/xlsx");
        Assert.Contains("Servicetorget i Mörskom", CellTexts(offices.Worksheet(1)));
    }

    [Fact]
    public async Task The_english_overview_labels_the_Swedish_area_name()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        using (var response = await Language.SetAsync(client, "en-FI")) Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = Text(await client.GetStringAsync("/areas/porvoo"));
        Assert.Matches(@"<dt>Swedish name</dt><dd lang=""sv""[^>]*>Borgå sysselsättningsområde</dd>", html);
    }
}
