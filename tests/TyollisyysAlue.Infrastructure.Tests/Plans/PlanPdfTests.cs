using TyollisyysAlue.Infrastructure.Exports.Plans;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace TyollisyysAlue.Infrastructure.Tests.Plans;

public class PlanPdfTests
{
    private static readonly byte[] Finnish = PlanPdfExporter.Render(SamplePlans.Finnish());

    [Fact]
    public void The_catalog_marks_the_pdf_as_tagged_in_finnish_and_shows_the_title()
    {
        using var pdf = PdfDocument.Open(Finnish);
        var read = new PdfStructureReading(pdf);
        Assert.Equal("fi-FI", ((StringToken)read.Catalog.Data["Lang"]).Data);
        Assert.True(((BooleanToken)read.Get(read.Catalog, "MarkInfo").Data["Marked"]).Data);
        Assert.True(((BooleanToken)read.Get(read.Catalog, "ViewerPreferences").Data["DisplayDocTitle"]).Data);
        Assert.Equal("Työllisyysalueen järjestämissuunnitelma – Porvoon työllisyysalue", pdf.Information.Title);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        Assert.Contains("<rdf:li xml:lang=\"x-default\">Työllisyysalueen järjestämissuunnitelma – Porvoon työllisyysalue</rdf:li>",
            System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()), StringComparison.Ordinal);
        Assert.True(pdf.NumberOfPages > 3);
        Assert.All(pdf.GetPages(), page => Assert.True(page.Dictionary.Data.ContainsKey("StructParents")));
    }

    [Fact]
    public void A_swedish_plan_says_sv_FI_and_its_headings_are_H1_elements()
    {
        using var pdf = PdfDocument.Open(PlanPdfExporter.Render(SamplePlans.Swedish()));
        var read = new PdfStructureReading(pdf);
        Assert.Equal("sv-FI", ((StringToken)read.Catalog.Data["Lang"]).Data);
        var h1 = read.Root().All().Where(e => e.Role == "H1").Select(e => e.Text.Replace("  ", " ", StringComparison.Ordinal)).ToList();
        Assert.Contains("1 Inledning", h1);
        Assert.Contains("2 Kommunerna och samarbetet", h1);
        Assert.Contains("Innehåll", h1);
    }

    [Fact]
    public void The_structure_tree_holds_every_heading_list_table_and_link_with_its_text()
    {
        using var pdf = PdfDocument.Open(Finnish);
        var root = new PdfStructureReading(pdf).Root();
        Assert.Equal("Document", root.Role);
        var elements = root.All().ToList();
        var h1 = elements.Where(e => e.Role == "H1").Select(e => e.Text.Replace("  ", " ", StringComparison.Ordinal)).ToList();
        Assert.All(SamplePlans.FinnishMainHeadings, heading => Assert.Contains(heading, h1));
        Assert.Contains(elements, e => e.Role == "H2" && e.Text.Replace("  ", " ", StringComparison.Ordinal) == "2.1 Työllisyysjaosto");
        Assert.Contains(elements, e => e.Role == "H3" && e.Text == "Kokoonpano");
        Assert.Contains(elements, e => e.Role == "P" && e.Text.StartsWith(
            "Järjestämissuunnitelma kuvaa, miten Porvoon työllisyysalue järjestää työvoimapalvelut 1.1.2025 alkaen.", StringComparison.Ordinal));

        var lists = elements.Where(e => e.Role == "L").ToList();
        Assert.Equal(2, lists.Count);
        Assert.Equal(["•Porvoo (vastuukunta)", "•Askola, Lapinjärvi ja Loviisa", "•Myrskylä ja Pukkila"], lists[0].Children.Select(li => li.Text));
        Assert.All(lists[1].Children, li => Assert.Equal(["Lbl", "LBody"], li.Children.Select(c => c.Role)));

        var tables = elements.Where(e => e.Role == "Table").ToList();
        Assert.Equal(3, tables.Count);
        var split = tables[2];
        Assert.Equal("Kustannusten jako 2025 (demo)", split.Children[0].Text);
        Assert.Equal(1 + 1 + 40 + 1, split.Children.Count);
        Assert.Equal(["Kunta", "Asukkaat", "Työnhakijat", "Osuus, €"], split.Children[1].Children.Select(th => th.Text));
        Assert.All(split.Children[1].Children, th => Assert.Equal("TH", th.Role));
        Assert.Equal(["Yhteensä", "820 000", "32 800", "1 012 290,00"], split.Children[^1].Children.Select(td => td.Text));
        Assert.True(split.Pages.Distinct().Count() > 1, "the 40-row table runs onto a second page");

        var link = Assert.Single(elements, e => e.Role == "Link" && e.Text == "TE-palvelujen uudistus");
        Assert.Contains(((ArrayToken)link.Dictionary.Data["K"]).Data.OfType<DictionaryToken>(), k => k.Data.TryGetValue("Type", out var t) && ((NameToken)t).Data == "OBJR");
    }

    [Fact]
    public void The_table_of_contents_gives_the_page_each_heading_is_on()
    {
        using var pdf = PdfDocument.Open(PlanPdfExporter.Render(SamplePlans.Finnish(extraSections: 6)));
        var elements = new PdfStructureReading(pdf).Root().All().ToList();
        var entries = elements.Where(e => e.Role == "TOCI").Select(e => e.Text).ToList();
        var headings = elements.Where(e => e.Role is "H1" or "H2" && char.IsDigit(e.Text[0])).ToList();
        Assert.Equal(headings.Count, entries.Count);
        Assert.True(headings.Max(h => h.Pages[0]) >= 5, "the extra sections push headings onto later pages");
        foreach (var (heading, entry) in headings.Zip(entries))
        {
            var title = heading.Text.Replace("  ", " ", StringComparison.Ordinal);
            Assert.StartsWith(title, entry, StringComparison.Ordinal);
            var number = int.Parse(entry[title.Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(heading.Pages[0] + 1, number);
            Assert.Contains(title.Split(' ')[^1], pdf.GetPage(number).Text, StringComparison.Ordinal);
        }
        Assert.Equal(headings.Count, pdf.GetPage(2).GetAnnotations().Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link));
        Assert.Equal(SamplePlans.FinnishMainHeadings.Length + 6, pdf.TryGetBookmarks(out var bookmarks, false) ? bookmarks.Roots.Count : 0);
    }

    [Fact]
    public void Cover_shows_version_and_date_and_running_text_is_an_artifact()
    {
        using var pdf = PdfDocument.Open(Finnish);
        var cover = pdf.GetPage(1).Text;
        Assert.Contains("Porvoon työllisyysalue", cover, StringComparison.Ordinal);
        Assert.Contains("Versio: v3 (luonnos)", cover, StringComparison.Ordinal);
        Assert.Contains("Päivämäärä: 12.6.2025", cover, StringComparison.Ordinal);
        Assert.Contains("Luonnos", cover, StringComparison.Ordinal);
        var third = pdf.GetPage(3);
        Assert.Contains($"Sivu 3 / {pdf.NumberOfPages}", third.Text, StringComparison.Ordinal);
        var artifacts = third.GetMarkedContents().Where(m => m.IsArtifact).Select(m => string.Concat(m.Letters.Select(l => l.Value))).ToList();
        Assert.Contains(artifacts, a => a == $"Versio v3 (luonnos) · 12.6.2025Sivu 3 / {pdf.NumberOfPages}");
        Assert.Contains(artifacts, a => a == "Porvoon työllisyysalue · Työllisyysalueen järjestämissuunnitelma");
        Assert.DoesNotContain(third.GetMarkedContents().Where(m => !m.IsArtifact), m => string.Concat(m.Letters.Select(l => l.Value)).Contains("Sivu", StringComparison.Ordinal));
    }

    [Fact]
    public void Body_text_comes_in_order_and_long_words_wrap_inside_the_margins()
    {
        using var pdf = PdfDocument.Open(Finnish);
        var body = string.Concat(pdf.GetPages().Skip(2).Select(p => p.Text));
        string[] inOrder = ["Johdanto", "Porvoon työllisyysalue", "Alueeseen kuuluvat", "Myrskylä ja Pukkila", "Yhteistyö järjestetään",
            "Jäsenkunnat ja väestö", "Lähde: Tilastokeskus.", "Kokoonpano", "Nuorten ohjaamo", "Asiointipisteet", "Kunta 40 – Ähtäri", "Demoluvut"];
        var positions = inOrder.Select(t => body.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters), l => Assert.InRange(l.BoundingBox.Right, 0, 595 - 62 + 1));
        Assert.Contains("merkkien-valista", body, StringComparison.Ordinal);
    }
}
