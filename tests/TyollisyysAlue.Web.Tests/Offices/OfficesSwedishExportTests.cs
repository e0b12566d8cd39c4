using static TyollisyysAlue.Web.Tests.Offices.SwedishExportTestKit;

namespace TyollisyysAlue.Web.Tests.Offices;

/// <summary>The offices, staffing and partners .xlsx files follow the user's UI language: Swedish sheets and headings.</summary>
[Collection(AppCollection.Name)]
public class OfficesSwedishExportTests(AppFixture app)
{
    [Fact]
    public async Task The_offices_workbook_has_Swedish_sheets_and_headings()
    {
        using var client = await InSwedishAsync(app, "planner.multi@example.fi");
        using var workbook = await DownloadAsync(client, "/areas/kuopio/offices/export/xlsx");
        Assert.Equal(["Verksamhetsställen", "Täckning per kommun", "Produktionsområden"], workbook.Worksheets.Select(w => w.Name));
        var offices = CellTexts(workbook.Worksheet(1));
        Assert.Contains("Kuopio sysselsättningsområde – Verksamhetsställen", offices);
        Assert.Contains("Öppettider", offices);
        Assert.DoesNotContain("Aukioloajat", offices);
        Assert.Contains("Med tidsbokning", CellTexts(workbook.Worksheet(2)));
        var production = CellTexts(workbook.Worksheet(3));
        Assert.Contains("Arbetssökande", production);
        Assert.Contains("Tuotantoalue 1 totalt", production);
        Assert.DoesNotContain("Työnhakijat", production);
    }

    [Fact]
    public async Task The_staffing_workbook_has_Swedish_sheets_and_headings()
    {
        using var client = await InSwedishAsync(app, "planner.multi@example.fi");
        using var workbook = await DownloadAsync(client, "/areas/kuopio/staffing/export/xlsx");
        Assert.Equal(["Årsverken per nyckelprocess och", "Personalrader"], workbook.Worksheets.Select(w => w.Name));
        var rows = CellTexts(workbook.Worksheet(2));
        Assert.Contains("Verksamhetsställe eller ort", rows);
        Assert.Contains("Kommunfinansierad tilläggspersonal", rows);
        Assert.DoesNotContain("Toimipiste tai sijainti", rows);
    }

    [Fact]
    public async Task The_partners_workbook_has_Swedish_sheets_and_headings()
    {
        using var client = await InSwedishAsync(app, "viewer.porvoo@example.fi");
        using var workbook = await DownloadAsync(client, "/areas/porvoo/partners/export/xlsx");
        Assert.Equal("Samarbetspartner", Assert.Single(workbook.Worksheets).Name);
        var texts = CellTexts(workbook.Worksheet(1));
        Assert.Contains("Borgå sysselsättningsområde – Samarbetspartner", texts);
        Assert.Contains("Organisation", texts);
        Assert.Contains("FPA", texts);
        Assert.DoesNotContain("Organisaatio", texts);
    }
}
