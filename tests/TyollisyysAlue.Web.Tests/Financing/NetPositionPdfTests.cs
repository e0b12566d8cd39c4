using System.Net;
using System.Text.Json;
using TyollisyysAlue.Texts;
using TyollisyysAlue.TestSupport;
using TyollisyysAlue.Web.Tests.Api;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace TyollisyysAlue.Web.Tests.Financing;

/// <summary>
/// The net position's agenda PDF: a tagged PDF in the reader's language whose figures are the API's (each member's net
/// cost, and the totals as the sums of the rows, to the cent); another area's is not found; a year with missing figures
/// is a 409, never a guessed PDF.
/// </summary>
[Collection(AppCollection.Name)]
public class NetPositionPdfTests(AppFixture app)
{
    private const string Pdf = "/areas/porvoo/net-position/export/pdf?year=2025";

    [Fact]
    public async Task The_Finnish_pdf_is_tagged_and_shows_every_members_net_cost_and_totals_that_add_up()
    {
        using var api = app.WithToken();
        var net = await (await api.GetAsync("/api/v1/areas/2025/net-position")).JsonAsync();
        var members = net.GetProperty("members").EnumerateArray().ToList();
        var totals = net.GetProperty("totals");
        Assert.Equal(members.Sum(m => D(m, "netCost")), D(totals, "netCost"));
        Assert.Equal(members.Sum(m => D(m, "payment")), D(totals, "payment"));

        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using var response = await client.GetAsync(Pdf);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Squeezed(bytes);

        Assert.Contains(Squeeze("Nettoasema 2025"), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze("Osa luvuista on demoarvoja"), text, StringComparison.Ordinal);
        foreach (var m in members)
            Assert.Contains(Squeeze(Formats.Amount(D(m, "netCost"))), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(Formats.Amount(D(totals, "netCost"))), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(Formats.Amount(D(totals, "payment"))), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze("Nettokustannus:"), text, StringComparison.Ordinal);

        using var document = PdfDocument.Open(bytes);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")));
        Assert.Equal("fi-FI", ((StringToken)catalog.Data["Lang"]).Data);
    }

    [Theory]
    [InlineData("sv-FI", "Nettoposition 2025", "Borgå", "Loviisa", "sv-FI")]
    [InlineData("en-FI", "Net position 2025", "Net cost:", "Nettokustannus", "en-FI")]
    public async Task The_pdf_is_in_the_readers_language(string culture, string title, string present, string absent, string lang)
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using (var set = await Language.SetAsync(client, culture)) Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var bytes = await client.GetByteArrayAsync(Pdf);
        var text = Squeezed(bytes);
        Assert.Contains(Squeeze(title), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(present), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Squeeze(absent), text, StringComparison.Ordinal);
        using var document = PdfDocument.Open(bytes);
        Assert.Equal(lang, ((StringToken)document.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
    }

    [Fact]
    public async Task Another_areas_pdf_is_not_found_and_a_year_with_missing_figures_is_a_conflict()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using (var other = await client.GetAsync("/areas/kuopio/net-position/export/pdf?year=2025"))
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var missing = await client.GetAsync("/areas/porvoo/net-position/export/pdf?year=2027");
        Assert.Equal(HttpStatusCode.Conflict, missing.StatusCode);
    }

    private static string Squeezed(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squeeze(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    /// <summary>Without any white space: PdfPig's text has no spaces between words, Finnish figures have no-break spaces.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static decimal D(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}
