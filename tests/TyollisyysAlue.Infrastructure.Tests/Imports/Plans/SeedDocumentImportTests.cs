using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.TestSupport.PlanDocuments;

namespace TyollisyysAlue.Infrastructure.Tests.Imports.Plans;

/// <summary>
/// The seed plans as LibreOffice Writer saves them in Word (.docx) and OpenDocument (.odt) format, imported: both
/// formats give the same sections, statutory points, lists and tables.
/// </summary>
public class SeedDocumentImportTests
{
    private static PlanImportPreview Import(string seed, string format) =>
        PlanImportReading.Preview($"{seed}.{format}", SeedDocuments.Get(seed, format));

    [Theory]
    [InlineData("docx")]
    [InlineData("odt")]
    public void Espoos_plan_gives_its_sections_nested_as_written_and_the_points_a_to_f_by_their_letters(string format)
    {
        var preview = Import(SeedDocuments.EspooKauniainen, format);

        Assert.Equal(("fi", format), (preview.Language, preview.Format));
        Assert.Equal("Työllisyysalue Espoo-Kauniainen järjestämissuunnitelma", preview.Title); // the file's title property
        Assert.Equal(["1 Työllisyysalue Espoo- Kauniainen järjestämissuunnitelma", "2 Järjestämissuunnitelma pähkinänkuoressa",
            "3 a) Taloudelliset ja henkilöstövoimavarat sekä niiden kohdentuminen", "4 Työllisyysalueen palvelutuotantoa ohjaavat periaatteet ja tavoitteet",
            "4.1 Työllisyysalueen palvelustrategiassa asetetaan palvelumallille kolme päätavoitetta:", "4.2 b) Palvelujen tuottamista ja kohdentamista koskevat ratkaisut",
            "4.3 b) Palvelujen tuottamista ja kohdentamista koskevat ratkaisut", "4.4 c) Toimipisteiden määrä ja sijoittuminen", "5 d) Yhteistyötahot ja -muodot",
            "5.1 e) Työperäisen maahanmuuton, työvoiman ja työpaikkojen kohtaannon sekä työvoiman liikkuvuuden edistäminen", "5.2 f) Varautuminen rakennemuutostilanteisiin"],
            preview.Sections.Select((_, i) => preview.Heading(i)));
        Assert.Equal(new Dictionary<StatutorySection, int>
        {
            [StatutorySection.Resources] = 2, [StatutorySection.ServiceProduction] = 5, [StatutorySection.Offices] = 7,
            [StatutorySection.Partners] = 8, [StatutorySection.ImmigrationAndMobility] = 9, [StatutorySection.StructuralChange] = 10,
        }, preview.Matches);

        // Bold runs, bullet lists with their second level, a numbered list.
        var resources = preview.Sections[2].Body;
        Assert.StartsWith("- TEM:in laskelmien perusteella **työllisyysalueen toimintamenot ovat palvelujen siirtymisen hetkellä noin 21 milj. €.**", resources, StringComparison.Ordinal);
        Assert.Contains("\n  - Toteutuneista kustannuksista 50 % kohdennetaan", resources, StringComparison.Ordinal);
        Assert.StartsWith("1. Palvelumallimme korostaa nopeaa ja pysyvää työllistymistä", preview.Sections[4].Body, StringComparison.Ordinal);
        Assert.Contains("\n3. Edistämme asiakkaidemme työllistymistä", preview.Sections[4].Body, StringComparison.Ordinal);
        Assert.Contains("- a) Taloudelliset ja henkilöstövoimavarat sekä niiden kohdentuminen\n- b) Palvelujen", preview.Sections[1].Body, StringComparison.Ordinal);
        Assert.Empty(preview.Notes);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("odt")]
    public void Kuopios_plan_keeps_its_heading_numbers_leaves_out_its_cover_and_flattens_the_merged_rows_of_table_1(string format)
    {
        var preview = Import(SeedDocuments.Kuopio, format);

        Assert.Equal("1 Johdanto", preview.Heading(0));
        Assert.Equal("2 1 Työllisyysalueen toiminnalle asetut tavoitteet ja käytössä olevat resurssit", preview.Heading(1));
        Assert.Equal("2.1 1.1 Tavoitteet", preview.Heading(2));
        Assert.Equal("9 Lyhenteet", preview.Heading(preview.Sections.Count - 1));
        Assert.Equal(30, preview.Sections.Count); // "7.1 … ekosysteemitoimijat" is spelt differently in the seed's contents and text: a paragraph
        Assert.False(preview.NumbersAreThePlansOwn);
        Assert.Equal(["KUOPIO · Palveluiden järjestämissuunnitelma · Kuopion työllisyysalue · 5.12.2024"], preview.Note(ImportNoteKind.CoverPage).Details);
        Assert.Equal(1, preview.Note(ImportNoteKind.Image).Count);

        var goals = preview.Sections[2].Body;
        Assert.Contains("- 1\\) Alueen työllisyyttä, elinvoimaa ja kasvua tukevat tavoitteet\n  - a) työllisyyden parantaminen\n  - b) osaavan työvoiman", goals, StringComparison.Ordinal);

        var areas = preview.Sections.Single(s => s.Heading == "3.3 Työllisyysalueen sisäiset tuotantoalueet").Body;
        Assert.Contains("|  | Työnhakijat | %-osuus | Alustava arvio henkilöstö- määrästä |\n|---|--:|--:|--:|\n| TUOTANTOALUE 1 |  |  |  |\n| Kaavi | 187 | 1,3 |  |", areas, StringComparison.Ordinal);
        Assert.Contains("| Siilinjärvi | 1 472 | 10,0 |  |", areas, StringComparison.Ordinal);
        Assert.Equal(["4.3 3.3 Työllisyysalueen sisäiset tuotantoalueet"], preview.Note(ImportNoteKind.MergedCells).Sections);
        Assert.Contains("| TE-toimisto | Työ- ja elinkeinotoimisto |", preview.Sections[^1].Body, StringComparison.Ordinal);

        Assert.Equal("1.2 Taloudelliset resurssit", preview.Sections[preview.Matches[StatutorySection.Resources]].Heading);
        Assert.Equal("2.1 Lähipalvelut ja palvelupisteet", preview.Sections[preview.Matches[StatutorySection.Offices]].Heading);
        Assert.Equal("4.2 Kohtaannon ja työvoiman liikkuvuuden edistäminen", preview.Sections[preview.Matches[StatutorySection.ImmigrationAndMobility]].Heading);
        Assert.False(preview.Matches.ContainsKey(StatutorySection.StructuralChange));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("odt")]
    public void Pohjanmaas_swedish_outline_is_swedish_and_its_points_are_found_by_their_swedish_wording(string format)
    {
        var preview = Import(SeedDocuments.PohjanmaaSwedish, format);

        Assert.Equal("sv", preview.Language);
        Assert.Equal("Österbottens sysselsättningsområde", preview.Sections[0].Heading);
        Assert.Equal(StatutorySections.All.Select((p, i) => (p, i + 1)), preview.Matches.OrderBy(m => m.Key).Select(m => (m.Key, m.Value)));
        Assert.Equal("1.3 Antal och placering av verksamhetsställen", preview.Heading(3));
        Assert.Contains("| Ledning och utveckling | Administrations- och stödtjänster | Digitala tjänster |\n|---|---|---|\n| Ordnande av kommunens integrationsprogram |",
            preview.Sections[2].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("odt")]
    public void Pohjanmaas_bilingual_briefing_without_headings_becomes_one_section_with_notes(string format)
    {
        var preview = Import(SeedDocuments.Pohjanmaa, format);

        var section = Assert.Single(preview.Sections);
        Assert.Equal("TE24 ja KOTO24", section.Heading); // named by the file's title property
        Assert.StartsWith("TE24 ja KOTO24 uudistukset - Reform av AN-tjänsterna (TE24) och integrationslagen (KOTO24)", section.Body, StringComparison.Ordinal);
        Assert.Contains("Vasa stadsstyrelse beslutade 5.6.2023", section.Body, StringComparison.Ordinal);
        Assert.Contains("\n- Ur den arbetssökandes perspektiv **blir tjänsterna mera kundorienterade", section.Body, StringComparison.Ordinal);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.NoHeadings);
        Assert.Contains(preview.Notes, n => n.Kind == ImportNoteKind.Bilingual);
        // Its list of links points at "#": not an address, so the text stays and the link goes.
        Assert.Contains("Kuntaliiton TE24 sivut: TE-palvelut 2024 -uudistus | Kuntaliitto.fi", section.Body, StringComparison.Ordinal);
        Assert.Equal(["#"], preview.Note(ImportNoteKind.UnsafeLink).Details);
    }
}
