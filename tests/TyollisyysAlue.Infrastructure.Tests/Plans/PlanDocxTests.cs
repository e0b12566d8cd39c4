using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Infrastructure.Exports.Plans;

namespace TyollisyysAlue.Infrastructure.Tests.Plans;

public class PlanDocxTests
{
    private static readonly byte[] Finnish = PlanDocxExporter.Render(SamplePlans.Finnish());

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    [Fact]
    public void Is_valid_open_xml()
    {
        foreach (var bytes in new[] { Finnish, PlanDocxExporter.Render(SamplePlans.Swedish()) })
        {
            using var word = Open(bytes);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
                .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void Section_headings_use_the_built_in_heading_styles_with_outline_levels()
    {
        using var word = Open(Finnish);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        Assert.Equal(SamplePlans.FinnishMainHeadings, paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText));
        Assert.Equal(["2.1 Työllisyysjaosto", "3.1 Asiointipisteet"], paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText));
        Assert.Contains(paragraphs, p => StyleOf(p) == "Heading3" && p.InnerText == "Kokoonpano");
        var styles = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        Assert.Equal(0, styles.Single(s => s.StyleId == "Heading1").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("heading 2", styles.Single(s => s.StyleId == "Heading2").StyleName!.Val!.Value);
    }

    [Fact]
    public void Cover_contents_header_and_footer_carry_title_version_and_date()
    {
        using var word = Open(Finnish);
        var main = word.MainDocumentPart!;
        var texts = main.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["Porvoon työllisyysalue", "Työllisyysalueen järjestämissuunnitelma", "Versio: v3 (luonnos)", "Päivämäärä: 12.6.2025"], texts.Take(4));
        Assert.Contains(" TOC \\o \"1-2\" \\h \\z \\u ", main.Document.Body.Descendants<FieldCode>().Select(f => f.Text));
        var entries = main.Document.Body.Elements<Paragraph>().Where(p => StyleOf(p) is "TOC1" or "TOC2").ToList();
        Assert.Equal(6, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("_Toc", e.Descendants<Hyperlink>().Single().Anchor!.Value, StringComparison.Ordinal));
        Assert.Contains(main.FooterParts, f => f.Footer!.InnerText.Contains("Versio v3 (luonnos) · 12.6.2025", StringComparison.Ordinal));
        Assert.Contains(main.FooterParts.SelectMany(f => f.Footer!.Descendants<FieldCode>()), f => f.Text.Trim() == "PAGE");
        Assert.Contains(main.HeaderParts, h => h.Header!.InnerText == "Porvoon työllisyysalue · Työllisyysalueen järjestämissuunnitelma");
        Assert.Equal("Työllisyysalueen järjestämissuunnitelma – Porvoon työllisyysalue", word.PackageProperties.Title);
    }

    [Fact]
    public void Tables_are_word_tables_with_a_repeated_header_row_right_aligned_numbers_and_a_bold_total()
    {
        using var word = Open(Finnish);
        var tables = word.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>()));
        var markdown = tables[1];
        Assert.Equal("Nuorten ohjaamo", markdown.Elements<TableRow>().Last().Elements<TableCell>().First().InnerText);
        var customers = markdown.Elements<TableRow>().Last().Elements<TableCell>().Last();
        Assert.Equal("585", customers.InnerText);
        Assert.Equal(JustificationValues.Right, customers.Descendants<Justification>().Single().Val!.Value);
        var split = tables[2];
        Assert.Equal(1 + 40 + 1, split.Elements<TableRow>().Count());
        Assert.Equal("Kustannusten jako 2025 (demo)", split.GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val!.Value);
        var total = split.Elements<TableRow>().Last();
        Assert.Equal("Yhteensä820000328001012290,00", total.InnerText.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal));
        Assert.All(total.Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.Equal("Demoluvut; jakoavain 45/45/10.", split.NextSibling<Paragraph>()!.InnerText);
    }

    [Fact]
    public void Language_links_and_lists_are_set()
    {
        using var word = Open(Finnish);
        var main = word.MainDocumentPart!;
        Assert.Equal("fi-FI", main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
        var link = Assert.Single(main.HyperlinkRelationships, r => r.Uri.ToString() == "https://tem.fi/te-uudistus");
        Assert.Contains(main.Document.Body!.Descendants<Hyperlink>(), h => h.Id == link.Id && h.InnerText == "TE-palvelujen uudistus");
        var numbered = main.Document.Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(["Porvoo (vastuukunta)", "Askola, Lapinjärvi ja Loviisa", "Myrskylä ja Pukkila", "Työllisyysjaosto päättää kustannusten jaosta.",
            "Kunnat hyväksyvät sopimuksen.", "Palvelut käynnistyvät 1.1.2025."], numbered.Select(p => p.InnerText));
        var ordered = numbered[3].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var instance = main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == ordered);
        Assert.Equal(2, instance.AbstractNumId!.Val!.Value);

        using var swedish = Open(PlanDocxExporter.Render(SamplePlans.Swedish()));
        Assert.Equal("sv-FI", swedish.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
        Assert.Equal("sv-FI", swedish.PackageProperties.Language);
        Assert.Contains(swedish.MainDocumentPart.Document.Body!.Elements<Paragraph>(), p => StyleOf(p) == "TOCHeading" && p.InnerText == "Innehåll");
    }
}
