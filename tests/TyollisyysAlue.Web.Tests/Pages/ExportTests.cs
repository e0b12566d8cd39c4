using System.Net;
using System.Text;
using ClosedXML.Excel;

namespace TyollisyysAlue.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public class ExportTests(AppFixture app)
{
    [Fact]
    public async Task A_committee_member_downloads_the_split_as_xlsx_whose_formulas_total_the_shared_cost()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using var response = await client.GetAsync("/areas/porvoo/budget/2025/export/xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        var formulas = sheet.CellsUsed().Count(c => c.HasFormula);
        Assert.True(formulas > 20, $"expected live formulas, found {formulas}");
        Assert.Contains(sheet.CellsUsed(), c => c.HasFormula && c.Value is double d && Math.Abs(d - 12_970_000d) < 0.005);
    }

    [Fact]
    public async Task Csv_and_pdf_carry_the_members_and_the_schedule_csv_its_months()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/areas/porvoo/budget/2025/export/csv"));
        Assert.Contains("Loviisa", csv, StringComparison.Ordinal);
        Assert.Contains(';', csv);
        var schedule = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/areas/porvoo/budget/2025/export/schedule-csv"));
        Assert.Contains("Pukkila", schedule, StringComparison.Ordinal);
        var pdf = await client.GetByteArrayAsync("/areas/porvoo/budget/2025/export/pdf");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Theory]
    [InlineData("viewer.porvoo@example.fi", "/areas/kuopio/budget/2025/export/xlsx", HttpStatusCode.NotFound)]
    [InlineData("viewer.porvoo@example.fi", "/areas/porvoo/budget/2030/export/xlsx", HttpStatusCode.NotFound)]
    [InlineData("viewer.porvoo@example.fi", "/areas/porvoo/budget/2025/export/docx", HttpStatusCode.NotFound)]
    public async Task Other_areas_missing_years_and_unknown_formats_are_not_found(string user, string path, HttpStatusCode expected)
    {
        using var client = await app.SignedInAs(user);
        using var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_gets_no_export()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/areas/porvoo/budget/2025/export/csv");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
