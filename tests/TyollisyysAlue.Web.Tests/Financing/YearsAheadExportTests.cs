using System.Globalization;
using System.Net;
using System.Text.Json;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.Texts;
using TyollisyysAlue.TestSupport;
using TyollisyysAlue.TestSupport.PlanDocuments;
using TyollisyysAlue.Web.Tests.Api;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace TyollisyysAlue.Web.Tests.Financing;

/// <summary>
/// The years ahead of Porvoo's demo budget year 2025 (no assumptions saved: costs and indicators stay, so each plan
/// year's payments are the budget year's shared split): the API's figures add up per year, the xlsx recomputed by
/// LibreOffice gives the same totals as SUMs of the rows, the PDF is tagged and says "projection" in the reader's language.
/// </summary>
[Collection(AppCollection.Name)]
public class YearsAheadExportTests(AppFixture app)
{
    private const string Export = "/areas/porvoo/years-ahead/export/";

    [Fact]
    public async Task The_api_projects_three_years_whose_payments_add_up_and_names_missing_parameters()
    {
        using var api = app.WithToken();
        var view = await (await api.GetAsync("/api/v1/areas/2025/years-ahead")).JsonAsync();
        var years = view.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([2025, 2026, 2027], years.Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal([false, true, true], years.Select(y => y.GetProperty("isProjection").GetBoolean()));
        foreach (var year in years)
        {
            var members = year.GetProperty("members").EnumerateArray().ToList();
            Assert.Equal(members.Sum(m => D(m, "payment")), D(year, "payment"));
            if (year.GetProperty("netCost").ValueKind == JsonValueKind.Null)
                Assert.NotEmpty(year.GetProperty("missing").EnumerateArray());
            else Assert.Equal(members.Sum(m => D(m, "netCost")), D(year, "netCost"));
        }
    }

    [Fact]
    public async Task The_xlsx_recomputed_by_libreoffice_sums_each_years_payments_and_is_labelled_a_projection()
    {
        using var api = app.WithToken();
        var view = await (await api.GetAsync("/api/v1/areas/2025/years-ahead")).JsonAsync();
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using var response = await client.GetAsync(Export + "xlsx?year=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = Assert.Single(LibreOfficeCalc.Recalculate(await response.Content.ReadAsByteArrayAsync())).Value;

        Assert.Contains("ennuste", sheet[0][0], StringComparison.Ordinal);
        var header = sheet.ToList().FindIndex(r => r[0] == "Kunta");
        Assert.Equal("Maksu alueelle 2026 (ennuste)", Plain(sheet[header][2]));
        var rows = sheet.Skip(header + 1).TakeWhile(r => r[0] != "Yhteensä").ToList();
        var total = sheet.Single(r => r[0] == "Yhteensä");
        var years = view.GetProperty("years").EnumerateArray().ToList();
        for (var c = 1; c <= 3; c++)
        {
            Assert.Equal(rows.Sum(r => N(r[c])), N(total[c]));
            Assert.Equal(D(years[c - 1], "payment"), N(total[c]));
        }
    }

    [Theory]
    [InlineData("fi-FI", "Tulevat vuodet 2025–2027", "Ennuste:", "fi-FI")]
    [InlineData("sv-FI", "Kommande år 2025–2027", "Prognos:", "sv-FI")]
    public async Task The_pdf_is_tagged_and_says_projection_in_the_readers_language(string culture, string title, string label, string lang)
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using (var set = await Language.SetAsync(client, culture)) Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var bytes = await client.GetByteArrayAsync(Export + "pdf?year=2025");
        using var document = PdfDocument.Open(bytes);
        var text = Squeeze(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Contains(Squeeze(title), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(label), text, StringComparison.Ordinal);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")));
        Assert.Equal(lang, ((StringToken)catalog.Data["Lang"]).Data);
    }

    [Fact]
    public async Task Another_areas_exports_are_not_found_and_its_api_shows_only_its_own_members()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using (var other = await client.GetAsync("/areas/kuopio/years-ahead/export/xlsx?year=2025"))
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var kuopioToken = await app.CreateTokenAsync(DemoAreas.Kuopio, "Kuopion tulevat vuodet");
        using var kuopio = app.WithToken(kuopioToken.Token);
        using var response = await kuopio.GetAsync("/api/v1/areas/2025/years-ahead");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Porvoo", body, StringComparison.Ordinal);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Plain(string text) => text.Replace('\u00a0', ' ');

    private static decimal N(string cell) => cell.Length == 0 ? 0m : decimal.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal D(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}
