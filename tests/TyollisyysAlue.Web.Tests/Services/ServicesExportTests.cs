using System.Net;
using ClosedXML.Excel;

namespace TyollisyysAlue.Web.Tests.Services;

[Collection(AppCollection.Name)]
public class ServicesExportTests(AppFixture app)
{
    [Fact]
    public async Task A_viewer_downloads_the_services_xlsx_whose_formulas_total_what_the_page_shows()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        using var response = await client.GetAsync("/areas/porvoo/services/2025/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["Palvelut", "Yhteenveto", "Hankinnat"], workbook.Worksheets.Select(w => w.Name));

        // Porvoo's demo services: 6 890 000 € in 11 offerings; procurement 1 285 000 €.
        var services = workbook.Worksheet("Palvelut");
        var servicesTotal = TotalOf(services, 9);
        Assert.Equal(6_890_000.00m, servicesTotal);
        var summary = workbook.Worksheet("Yhteenveto");
        var summaryTotals = summary.CellsUsed().Where(c => c.HasFormula && c.FormulaA1.StartsWith("SUM(C", StringComparison.Ordinal)).Select(c => Value(c)).ToList();
        Assert.Equal([servicesTotal, servicesTotal], summaryTotals);
        var counts = summary.CellsUsed().Where(c => c.HasFormula && c.FormulaA1.StartsWith("SUM(B", StringComparison.Ordinal)).Select(c => Value(c)).ToList();
        Assert.Equal([11m, 11m], counts);
        var ownProduction = summary.CellsUsed().Single(c => c.GetString() == "Oma tuotanto").CellRight(2);
        Assert.True(ownProduction.HasFormula);
        Assert.Equal(5_395_000.00m, Value(ownProduction));
        Assert.Equal(1_285_000.00m, TotalOf(workbook.Worksheet("Hankinnat"), 5));
    }

    [Fact]
    public async Task Kuopios_procurement_sheet_carries_its_threshold_warnings()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        using var workbook = new XLWorkbook(await client.GetStreamAsync("/areas/kuopio/services/2025/export.xlsx"));
        var sheet = workbook.Worksheet("Hankinnat");
        Assert.Equal(3_485_000.00m, TotalOf(sheet, 5));
        Assert.Equal(2, sheet.Column(11).CellsUsed().Select(c => ServicesPageTests.Nbsp(c.GetString())).Count(c => c.Contains("kynnysarvo 400 000,00 €", StringComparison.Ordinal)
            || c.Contains("kynnysarvo 300 000,00 €", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("viewer.porvoo@example.fi", "/areas/kuopio/services/2025/export.xlsx", HttpStatusCode.NotFound)]
    [InlineData("viewer.porvoo@example.fi", "/areas/no-such-area/services/2025/export.xlsx", HttpStatusCode.NotFound)]
    [InlineData("viewer.porvoo@example.fi", "/areas/porvoo/services/1900/export.xlsx", HttpStatusCode.NotFound)]
    public async Task Other_areas_and_impossible_years_are_not_found(string user, string path, HttpStatusCode expected)
    {
        using var client = await app.SignedInAs(user);
        using var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_gets_no_export()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/areas/porvoo/services/2025/export.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The evaluated SUM formula in the given column (the sheet's totals row).</summary>
    private static decimal TotalOf(IXLWorksheet sheet, int column)
    {
        var cell = sheet.Column(column).CellsUsed().Single(c => c.HasFormula);
        return Value(cell);
    }

    private static decimal Value(IXLCell cell) => Math.Round((decimal)cell.GetDouble(), 2);
}
