using Markdig;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

/// <summary>Imported text stays text in the plan's Markdown; the guess of the language; heading numbers.</summary>
public class ImportTextTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static string Html(string markdown) => Markdown.ToHtml(markdown, Pipeline).Trim();

    [Theory]
    [InlineData("1. Tavoitteet ovat kolme", "<p>1. Tavoitteet ovat kolme</p>")]
    [InlineData("2024) vuosi", "<p>2024) vuosi</p>")]
    [InlineData("# ei otsikko", "<p># ei otsikko</p>")]
    [InlineData("- ei luettelo", "<p>- ei luettelo</p>")]
    [InlineData("> ei lainaus", "<p>&gt; ei lainaus</p>")]
    [InlineData("*tähdet* ja _alaviivat_ ja `koodi`", "<p>*tähdet* ja _alaviivat_ ja `koodi`</p>")]
    [InlineData("[ei linkki](https://example.fi) <b>ei html</b>", "<p>[ei linkki](https://example.fi) &lt;b&gt;ei html&lt;/b&gt;</p>")]
    [InlineData("&amp; ja & ja 50 %", "<p>&amp;amp; ja &amp; ja 50 %</p>")]
    public void Characters_markdown_would_read_as_markup_stay_text(string text, string html) =>
        Assert.Equal(html, Html(ImportMarkdown.Inline([new ImportRun(text)], _ => { })));

    [Fact]
    public void Bold_italic_links_and_line_breaks_become_markdown_with_spaces_outside_the_markers()
    {
        var markdown = ImportMarkdown.Inline([
            new ImportRun("Alue "), new ImportRun("järjestää ", Bold: true), new ImportRun("palvelut", Bold: true, Italic: true),
            new ImportRun(" "), new ImportRun("yhdessä", Italic: true), ImportRun.Break, new ImportRun("Katso "),
            new ImportRun("TE24-sivu", Link: "https://tem.fi/te24 (uusi)")], _ => { });
        Assert.Equal("Alue **järjestää** ***palvelut*** *yhdessä*\\\nKatso [TE24-sivu](<https://tem.fi/te24 (uusi)>)", markdown);
        Assert.Equal("<p>Alue <strong>järjestää</strong> <em><strong>palvelut</strong></em> <em>yhdessä</em><br />\nKatso <a href=\"https://tem.fi/te24%20(uusi)\">TE24-sivu</a></p>", Html(markdown));
    }

    [Fact]
    public void A_pipe_in_a_table_cell_is_escaped_and_right_aligned_columns_stay_right_aligned()
    {
        var (markdown, merged) = ImportMarkdownBlocks.Table(new ImportTable([
            [new ImportCell([new ImportRun("Palvelu", Bold: true)]), new ImportCell([new ImportRun("Asiakkaita", Bold: true)], AlignRight: true)],
            [new ImportCell([new ImportRun("A | B")]), new ImportCell([new ImportRun("1 240")], AlignRight: true)],
        ]), _ => { });
        Assert.False(merged);
        Assert.Equal("| Palvelu | Asiakkaita |\n|---|--:|\n| A \\| B | 1 240 |", markdown);
        Assert.Contains("<td>A | B</td>", Html(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Työllisyysalueen palvelut järjestetään yhdessä kuntien kanssa ja ne ovat myös sähköisiä.", "fi")]
    [InlineData("Kommunerna ordnar tjänsterna och de ska vara tillgängliga för alla som behöver dem.", "sv")]
    public void The_language_is_guessed_from_frequent_words(string text, string language) =>
        Assert.Equal(language, LanguageGuess.Of([text]).Language);

    [Fact]
    public void A_document_with_much_of_both_languages_is_bilingual()
    {
        var finnish = string.Concat(Enumerable.Repeat("Kunnat ja alue ovat myös mukana, että palvelut toimivat. ", 10));
        var swedish = string.Concat(Enumerable.Repeat("Kommunerna och området är med för att tjänsterna ska fungera. ", 8));
        Assert.True(LanguageGuess.Of([finnish, swedish]).IsBilingual);
        Assert.False(LanguageGuess.Of([finnish]).IsBilingual);
    }

    [Theory]
    [InlineData("2.1 Lähipalvelut", "2.1", "Lähipalvelut")]
    [InlineData("3. Palvelutuotanto", "3.", "Palvelutuotanto")]
    [InlineData("1.2.3 Syvä", "1.2.3", "Syvä")]
    [InlineData("2025 alkaen", null, "2025 alkaen")]
    [InlineData("Johdanto", null, "Johdanto")]
    public void A_headings_number_is_told_from_its_text(string heading, string? number, string text) =>
        Assert.Equal((number, text), HeadingNumbers.Split(heading));
}
