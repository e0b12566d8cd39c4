using static TyollisyysAlue.Web.Tests.Offices.SwedishExportTestKit;

namespace TyollisyysAlue.Web.Tests.Services;

/// <summary>The services .xlsx follows the user's UI language: Swedish sheets, headings and classifications.</summary>
[Collection(AppCollection.Name)]
public class ServicesSwedishExportTests(AppFixture app)
{
    [Fact]
    public async Task The_services_workbook_has_Swedish_sheets_and_headings()
    {
        using var client = await InSwedishAsync(app, "viewer.porvoo@example.fi");
        using var workbook = await DownloadAsync(client, "/areas/porvoo/services/2025/export.xlsx");
        Assert.Equal(["Tjänster", "Sammanfattning", "Upphandlingar"], workbook.Worksheets.Select(w => w.Name));
        var services = CellTexts(workbook.Worksheet("Tjänster"));
        Assert.Contains("Tjänst", services);
        Assert.Contains("Produktionssätt", services);
        Assert.Contains("Egen produktion", services);
        Assert.DoesNotContain("Tuotantotapa", services);
        Assert.Contains("Egen produktion", CellTexts(workbook.Worksheet("Sammanfattning")));
        var procurement = CellTexts(workbook.Worksheet("Upphandlingar"));
        Assert.Contains("Förfarande", procurement);
        Assert.DoesNotContain("Menettely", procurement);
    }
}
