using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace TyollisyysAlue.Web.Tests.Pages;

/// <summary>Offices, coverage, production areas, staffing and partners over HTTP with real sign-in (read-only here).</summary>
[Collection(AppCollection.Name)]
public partial class OfficesStaffingPartnersPageTests(AppFixture app)
{
    private static string Text(string html) => WebUtility.HtmlDecode(html).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [Theory]
    [InlineData("viewer.porvoo@example.fi")]
    [InlineData("committee.porvoo@example.fi")]
    public async Task Viewers_and_committee_members_read_offices_staffing_and_partners_without_edit_controls(string user)
    {
        using var client = await app.SignedInAs(user);
        var offices = Text(await client.GetStringAsync("/areas/porvoo/offices"));
        Assert.Contains("Porvoon palvelupiste", offices, StringComparison.Ordinal);
        Assert.Contains("Palvelutori, Loviisa", offices, StringComparison.Ordinal);
        Assert.Contains("fi, sv", offices, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-office\"", offices, StringComparison.Ordinal);

        var staffing = Text(await client.GetStringAsync("/areas/porvoo/staffing"));
        Assert.Contains("71 → 85 (+20 %)", staffing, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-staff\"", staffing, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-figures\"", staffing, StringComparison.Ordinal);

        var partners = Text(await client.GetStringAsync("/areas/porvoo/partners"));
        Assert.Contains("Itä-Uudenmaan hyvinvointialue", partners, StringComparison.Ordinal);
        Assert.Contains("d) Yhteistyötahot ja yhteistyön muodot", partners, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-partner\"", partners, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_planner_sees_the_edit_controls()
    {
        using var client = await app.SignedInAs("planner.porvoo@example.fi");
        Assert.Contains("data-testid=\"add-office\"", await client.GetStringAsync("/areas/porvoo/offices"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"add-staff\"", await client.GetStringAsync("/areas/porvoo/staffing"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"add-partner\"", await client.GetStringAsync("/areas/porvoo/partners"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kuopio_coverage_shows_full_time_in_Kuopio_and_Siilinjarvi_and_appointments_elsewhere()
    {
        using var client = await app.SignedInAs("planner.multi@example.fi");
        var html = Text(await client.GetStringAsync("/areas/kuopio/offices?tab=coverage"));
        Assert.Equal(2, CoverageRows(html).Count(r => r.Contains("Kokoaikainen", StringComparison.Ordinal)));
        Assert.Equal(9, CoverageRows(html).Count(r => r.Contains("Ajanvarauksella", StringComparison.Ordinal)));
        Assert.Contains("Jokaisessa jäsenkunnassa on toimipiste.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Espoo_coverage_flags_Kauniainen_which_the_plan_gives_no_office()
    {
        using var client = await app.SignedInAs("admin.espoo@example.fi");
        var html = Text(await client.GetStringAsync("/areas/espoo-kauniainen/offices?tab=coverage"));
        var kauniainen = Assert.Single(CoverageRows(html), r => r.Contains("data-code=\"235\"", StringComparison.Ordinal));
        Assert.Contains("Ei toimipistettä", kauniainen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kuopio_production_areas_reproduce_table_1()
    {
        using var client = await app.SignedInAs("planner.multi@example.fi");
        var html = Text(await client.GetStringAsync("/areas/kuopio/offices?tab=production"));
        foreach (var expected in new[] { "74,6 %", "1,3 %", "1,1 %", "1,6 %", "10,0 %", "77 %", "16 %", "7 %", "11 342", "2 355", "1 047", "70–75", "14 744" })
            Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_totals_add_up_for_Kuopio_and_Pohjanmaa()
    {
        using var client = await app.SignedInAs("planner.multi@example.fi");
        var kuopio = Text(await client.GetStringAsync("/areas/kuopio/staffing"));
        Assert.Contains("142 + 26 = 168", kuopio, StringComparison.Ordinal);
        Assert.Contains("89,3", kuopio, StringComparison.Ordinal);
        var pohjanmaa = Text(await client.GetStringAsync("/areas/pohjanmaa/staffing"));
        Assert.Matches(@"data-testid=""grand-total-value"">96<", pohjanmaa);
        foreach (var share in new[] { "24 %", "71 %", "5 %" }) Assert.Contains(share, pohjanmaa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_downloads_the_xlsx_files_and_the_staff_total_is_a_live_formula()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        using var offices = await Workbook(client, "/areas/porvoo/offices/export/xlsx");
        Assert.Equal(3, offices.Worksheets.Count);
        Assert.Contains(offices.Worksheet(1).CellsUsed(), c => c.GetString() == "Porvoon palvelupiste");
        using var partners = await Workbook(client, "/areas/porvoo/partners/export/xlsx");
        Assert.Contains(partners.Worksheet(1).CellsUsed(), c => c.GetString() == "Kela");

        using var multi = await app.SignedInAs("planner.multi@example.fi");
        using var staff = await Workbook(multi, "/areas/kuopio/staffing/export/xlsx");
        Assert.Contains(staff.Worksheet(1).CellsUsed(), c => c.HasFormula && c.Value is double d && Math.Abs(d - 168d) < 0.001);
    }

    [Theory]
    [InlineData("/areas/kuopio/offices/export/xlsx")]
    [InlineData("/areas/kuopio/staffing/export/xlsx")]
    [InlineData("/areas/kuopio/partners/export/xlsx")]
    [InlineData("/areas/kuopio/staffing")]
    public async Task Another_areas_pages_and_exports_are_not_found(string path)
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<XLWorkbook> Workbook(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static IEnumerable<string> CoverageRows(string html) =>
        Row().Matches(html[html.IndexOf("data-testid=\"coverage\"", StringComparison.Ordinal)..]).Select(m => m.Value);

    [GeneratedRegex(@"<tr data-code=""\d{3}"".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
