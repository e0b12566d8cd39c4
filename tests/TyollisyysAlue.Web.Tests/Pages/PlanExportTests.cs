using TyollisyysAlue.TestSupport;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace TyollisyysAlue.Web.Tests.Pages;

/// <summary>
/// The plan's exports end to end: signed in, the version's download links give a PDF and a .docx that read back with
/// the version's headings, its frozen live tables and its language.
/// </summary>
[Collection(AppCollection.Name)]
public partial class PlanExportTests(AppFixture app)
{
    private static readonly string[] KuopioHeadings =
        ["Julkisten työvoimapalveluiden järjestäminen", "Palvelutuotanto-organisaatio", "Digitaalisten palveluiden kehittäminen"];

    [GeneratedRegex("/areas/(?<area>[a-z-]+)/plan/versions/(?<id>[0-9a-f-]{36})/export\\.pdf")]
    private static partial Regex ExportLink();

    [GeneratedRegex("<tbody>\\s*<tr>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex FirstRow();

    private static string Flat(string text) => Regex.Replace(text.Replace('\u00a0', ' ').Replace('\u202f', ' '), "\\s+", "");

    private static async Task<(string Pdf, string Docx, string Html)> LinksAsync(HttpClient client, string area)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/areas/{area}/plan"));
        var match = ExportLink().Match(html);
        Assert.True(match.Success, "the plan page links its export");
        var path = match.Value[..^".pdf".Length];
        return (path + ".pdf", path + ".docx", html);
    }

    [Fact]
    public async Task Kuopios_approved_version_downloads_as_a_tagged_finnish_pdf_with_its_headings_and_frozen_tables()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var (pdfPath, _, html) = await LinksAsync(client, "kuopio");
        // The first frozen table on the page (the member municipalities): its first row's decision cell.
        var cells = Regex.Matches(FirstRow().Match(html).Groups["cells"].Value, "<td[^>]*>(?<text>.*?)</td>", RegexOptions.Singleline)
            .Select(m => m.Groups["text"].Value.Trim()).ToList();
        Assert.Equal(4, cells.Count);

        using var response = await client.GetAsync(pdfPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("kuopio-2024-12-05-fi.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = Flat(string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.All(KuopioHeadings, heading => Assert.Contains(Flat(heading), text, StringComparison.Ordinal));
        Assert.Contains(Flat("Jäsenkunnat 2025"), text, StringComparison.Ordinal);
        Assert.All(cells, cell => Assert.Contains(Flat(cell), text, StringComparison.Ordinal));

        // The cover and the metadata name the area and the title once each.
        Assert.Equal("Palveluiden järjestämissuunnitelma – Kuopion työllisyysalue", pdf.Information.Title);
        var cover = pdf.GetPage(1).Text;
        Assert.Single(Regex.Matches(cover, "Kuopion työllisyysalue(?!jaosto)")); // not "…työllisyysaluejaosto" of the decision
        Assert.Single(Regex.Matches(cover, "Palveluiden järjestämissuunnitelma"));

        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.Equal("fi-FI", ((StringToken)catalog.Data["Lang"]).Data);
        Assert.True(catalog.Data.ContainsKey("StructTreeRoot"));
    }

    [Fact]
    public async Task Kuopios_approved_version_downloads_as_docx_with_heading_styles_and_tables()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var (_, docxPath, _) = await LinksAsync(client, "kuopio");
        using var response = await client.GetAsync(docxPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.All(KuopioHeadings, heading => Assert.Contains(headings, h => h.EndsWith(heading, StringComparison.Ordinal)));
        var tables = body.Elements<Table>().ToList();
        Assert.NotEmpty(tables);
        Assert.Contains(tables, t => t.InnerText.Contains("Siilinjärvi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Porvoos_linked_swedish_version_exports_in_swedish()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        await Language.SetAsync(client, "sv-FI");
        var (pdfPath, docxPath, html) = await LinksAsync(client, "porvoo");
        Assert.Contains("version 30.5.2023", html, StringComparison.Ordinal);

        using var pdf = PdfDocument.Open(await client.GetByteArrayAsync(pdfPath));
        Assert.Equal("sv-FI", ((StringToken)pdf.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
        Assert.Contains("Innehåll", pdf.GetPage(2).Text, StringComparison.Ordinal);
        Assert.Equal("Plan för ordnandet av tjänster – Borgå sysselsättningsområde", pdf.Information.Title);
        // A real Swedish rendering of the Finnish draft: its sections and main content, the statutory points included.
        var text = Flat(string.Concat(pdf.GetPages().Select(p => p.Text)));
        string[] swedish = ["Finansieringsprinciper och kostnadsfördelning", "Kunder och servicebehov", "Annat myndighetssamarbete, samverkan och samarbetsmodeller",
            "Tjänsternas tillgänglighet", "Produktionsplan", "Beredskap för strukturomvandlingar", "servicetorgskonceptet", "Lappträsk", "Mörskom", "71 årsverken"];
        Assert.All(swedish, phrase => Assert.Contains(Flat(phrase), text, StringComparison.Ordinal));

        using var word = WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync(docxPath)), false);
        var language = word.PackageProperties.Language;
        Assert.Equal("sv-FI", language);
    }
}
