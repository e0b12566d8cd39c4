using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Infrastructure.Exports.CostSharing;
using TyollisyysAlue.Texts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

public class PdfExportTests
{
    private static string AllText(PdfDocument document) => string.Join("\n", document.GetPages().Select(p => p.Text));

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void The_agenda_pdf_names_the_area_year_municipalities_and_their_totals(string language)
    {
        var report = SampleReports.KuopioLike(language);
        using var document = PdfDocument.Open(CostSharingPdfExporter.Export(report));
        var text = AllText(document);

        Assert.Contains("Kuopion seudun työllisyysalue", text, StringComparison.Ordinal);
        Assert.Contains($"{TextTable.In(language)["SplitExport.SplitTitle"]} 2025", text, StringComparison.Ordinal);
        Assert.Contains("Porvoon malli", text, StringComparison.Ordinal);
        foreach (var share in report.Split.Municipalities)
        {
            Assert.Contains(share.Name, text, StringComparison.Ordinal);
            Assert.Contains(Formats.Amount(share.Total), text, StringComparison.Ordinal);
        }
        Assert.Contains(Formats.Amount(report.Split.GrandTotal), text, StringComparison.Ordinal);
        Assert.Contains("45 %", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Finnish_figures_use_a_space_for_thousands_and_a_decimal_comma()
    {
        using var document = PdfDocument.Open(CostSharingPdfExporter.Export(SampleReports.KuopioLike()));
        // 16 656 000 € + Kuopio's direct charge 2 015 000 €.
        Assert.Contains("18\u00a0671\u00a0000,00", AllText(document), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public void Title_and_document_language_are_set(string language)
    {
        var report = SampleReports.KuopioLike(language);
        using var document = PdfDocument.Open(CostSharingPdfExporter.Export(report));
        Assert.Equal($"Kuopion seudun työllisyysalue – {TextTable.In(language)["SplitExport.SplitTitle"]} 2025", document.Information.Title);
        Assert.Equal("Kuopion seudun työllisyysalue", document.Information.Author);
        var lang = document.Structure.Catalog.CatalogDictionary.Data["Lang"];
        Assert.Equal(language, Assert.IsType<StringToken>(lang).Data);
    }

    [Fact]
    public void Every_page_carries_the_date_version_and_page_number_and_fonts_are_embedded()
    {
        using var document = PdfDocument.Open(CostSharingPdfExporter.Export(SampleReports.Random(31, count: 120)));
        Assert.True(document.NumberOfPages > 2);
        foreach (var page in document.GetPages())
        {
            Assert.Contains($"Sivu {page.Number}/{document.NumberOfPages}", page.Text, StringComparison.Ordinal);
            Assert.Contains("Jakomalli: Porvoon malli, muutettu 5.12.2024", page.Text, StringComparison.Ordinal);
            Assert.Contains("Luotu: 15.1.2025 9.30", page.Text, StringComparison.Ordinal);
            Assert.All(page.Letters, l => Assert.Contains("DejaVuSans", l.FontName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_300_municipality_split_lists_every_municipality()
    {
        var report = SampleReports.Random(32, count: 300);
        using var document = PdfDocument.Open(CostSharingPdfExporter.Export(report));
        var text = AllText(document);
        Assert.All(report.Split.Municipalities, m => Assert.Contains(m.Name, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void Headings_wrap_whole_and_the_indicator_values_and_shares_are_in_the_pdf(string language)
    {
        // Issue 12.8: "Kuntanu…" in the agenda PDF, and only euros in it.
        var report = SampleReports.KuopioLike(language);
        var texts = TextTable.In(language);
        using var document = PdfDocument.Open(CostSharingPdfExporter.Export(report));
        var text = AllText(document);

        var cut = text.IndexOf('…', StringComparison.Ordinal);
        Assert.True(cut < 0, "a text was cut: " + (cut < 0 ? "" : text[Math.Max(0, cut - 60)..Math.Min(text.Length, cut + 20)]));
        Assert.Contains(texts["SplitExport.MunicipalityCode"], text, StringComparison.Ordinal);
        var kuopio = report.Split.Municipalities.Single(m => m.Code.Value == "297");
        foreach (var criterion in kuopio.Criteria)
        {
            Assert.Contains(Formats.Figure(criterion.IndicatorValue), text, StringComparison.Ordinal);
            Assert.Contains(Formats.Percent(criterion.Ratio), text, StringComparison.Ordinal);
        }
    }
}
