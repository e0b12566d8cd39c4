using System.Text;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.TestSupport.PlanDocuments;

namespace TyollisyysAlue.Infrastructure.Tests.Imports.Plans;

/// <summary>Markdown and plain text files: the same rules as Word's (headings, lists, tables, link allow-list, notes).</summary>
public class TextFileImportTests
{
    [Fact]
    public void A_markdown_file_passes_the_same_rules_links_images_and_html_are_noted()
    {
        var markdown = """
            # Suunnitelma

            Teksti **lihava** ja [linkki](https://tem.fi) ja [paha](javascript:alert(1)) ja ![kuva](logo.png).

            <div>raakaa html:ää</div>

            ## a) Taloudelliset ja henkilöstövoimavarat

            | Kunta | Väestö |
            |---|--:|
            | Porvoo | 51 232 |

            1. yksi
               - alakohta
            """;
        var preview = PlanImportReading.Preview("suunnitelma.md", Encoding.UTF8.GetBytes(markdown));
        Assert.Equal("md", preview.Format);
        Assert.Equal([(1, "Suunnitelma"), (2, "a) Taloudelliset ja henkilöstövoimavarat")], preview.Sections.Select(s => (s.Level, s.Heading)));
        Assert.Equal("Teksti **lihava** ja [linkki](https://tem.fi) ja paha ja .", preview.Sections[0].Body);
        Assert.Equal("| Kunta | Väestö |\n|---|--:|\n| Porvoo | 51 232 |\n\n1. yksi\n   - alakohta", preview.Sections[1].Body);
        Assert.Equal(1, preview.Matches[Domain.Plans.StatutorySection.Resources]);
        Assert.Equal(["logo.png"], preview.Note(ImportNoteKind.Image).Details);
        Assert.Equal(1, preview.Note(ImportNoteKind.Html).Count);
        Assert.Equal(["javascript:alert(1)"], preview.Note(ImportNoteKind.UnsafeLink).Details);
    }

    [Fact]
    public void A_plain_text_file_takes_numbered_lines_as_headings_bullets_as_lists_and_tab_separated_lines_as_tables()
    {
        var text = "Johdanto\n\n1 Tavoitteet\n\nAlue järjestää palvelut.\nToinen rivi.\n\n1.1 Lähipalvelut\n\n- Kuopio\n- Siilinjärvi\n\nKunta\tTyönhakijat\nKaavi\t187\n\n2. Palvelut järjestetään yhdessä.\n";
        var preview = PlanImportReading.Preview("suunnitelma.txt", Encoding.Latin1.GetBytes(text));
        Assert.Equal("txt", preview.Format);
        Assert.Equal([(1, "1 Tavoitteet"), (2, "1.1 Lähipalvelut")], preview.Sections.Skip(1).Select(s => (s.Level, s.Heading)));
        Assert.Equal("Johdanto", preview.Sections[0].Heading); // the text before the first heading: an introduction
        Assert.Equal("Alue järjestää palvelut.\\\nToinen rivi.", preview.Sections[1].Body);
        Assert.Equal("- Kuopio\n- Siilinjärvi\n\n| Kunta | Työnhakijat |\n|---|---|\n| Kaavi | 187 |\n\n2\\. Palvelut järjestetään yhdessä.", preview.Sections[2].Body);
    }

    [Fact]
    public void A_text_file_with_markdown_headings_such_as_the_seed_texts_is_read_as_markdown()
    {
        var preview = PlanImportReading.Preview("espoo.txt", Encoding.UTF8.GetBytes(SeedTexts.EspooKauniainen));
        Assert.Equal("txt", preview.Format);
        Assert.Equal(11, preview.Sections.Count);
        Assert.Equal(6, preview.Matches.Count);
    }
}
