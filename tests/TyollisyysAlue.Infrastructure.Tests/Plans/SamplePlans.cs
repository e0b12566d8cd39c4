using TyollisyysAlue.Texts;
using System.Globalization;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.LiveBlocks;

namespace TyollisyysAlue.Infrastructure.Tests.Plans;

/// <summary>Realistic plan documents in Finnish and Swedish (wording after the Porvoo and Pohjanmaa plans).</summary>
internal static class SamplePlans
{
    public static readonly string[] FinnishMainHeadings =
        ["1 Johdanto", "2 Työllisyysalueen kunnat ja yhteistyö", "3 Palvelut ja asiointipisteet", "4 Talous ja kustannusten jako"];

    public static PlanDocument Finnish(int extraSections = 0) => new(
        "fi", "Työllisyysalueen järjestämissuunnitelma", "Porvoon työllisyysalue", "v3 (luonnos)", new DateOnly(2025, 6, 12),
        new TextCode("PlanExport.Status.Draft"),
        [
            new("1", "Johdanto", 1, """
                Järjestämissuunnitelma kuvaa, miten **Porvoon työllisyysalue** järjestää työvoimapalvelut 1.1.2025 alkaen.
                Suunnitelma perustuu *lakiin työvoimapalvelujen järjestämisestä* (380/2023) ja sen 8 §:ään.

                Lisätietoja: [TE-palvelujen uudistus](https://tem.fi/te-uudistus) ja https://example.fi/hyvin-pitka-osoite/jossa-on-paljon-tekstia-eika-yhtaan-valilyontia-joten-sen-taytyy-katketa-merkkien-valista.
                """, []),
            new("2", "Työllisyysalueen kunnat ja yhteistyö", 1, """
                Alueeseen kuuluvat seuraavat kunnat:

                - Porvoo (vastuukunta)
                - Askola, Lapinjärvi ja Loviisa
                - Myrskylä ja Pukkila

                Yhteistyö järjestetään kolmessa vaiheessa:

                1. Työllisyysjaosto päättää kustannusten jaosta.
                2. Kunnat hyväksyvät sopimuksen.
                3. Palvelut käynnistyvät 1.1.2025.
                """, [Members()]),
            new("2.1", "Työllisyysjaosto", 2, """
                ### Kokoonpano

                Jaostossa on yksi jäsen kustakin kunnasta. Jäsenten määräaika päättyy valtuustokauden lopussa.
                """, []),
            new("3", "Palvelut ja asiointipisteet", 1, """
                | Palvelu | Kohderyhmä | Asiakkaita |
                |---|---|--:|
                | Työnhaun aloitus | Kaikki työnhakijat | 1 240 |
                | Yrityspalvelut | Työnantajat | 310 |
                | Nuorten ohjaamo | Alle 30-vuotiaat | 585 |
                """, []),
            new("3.1", "Asiointipisteet", 2, "Asiointipisteet ovat Porvoossa ja Loviisassa. Muualla palvellaan etänä.", []),
            new("4", "Talous ja kustannusten jako", 1, "Kustannukset jaetaan työllisyysjaoston hyväksymän jakoavaimen mukaan.", [CostSplit()]),
            .. Enumerable.Range(5, extraSections).Select(Filler),
        ]);

    public static PlanDocument Swedish() => new(
        "sv", "Organiseringsplan för sysselsättningsområdet", "Österbottens sysselsättningsområde", "v1", new DateOnly(2024, 10, 31),
        new TextCode("PlanExport.Status.Approved", "31.10.2024", "Sysselsättningssektionen", "§ 12"),
        [
            new("1", "Inledning", 1, "Planen beskriver hur **arbetskraftsservicen** ordnas i Vasa, Korsholm och Närpes.", []),
            new("2", "Kommunerna och samarbetet", 1, "- Vasa (ansvarskommun)\n- Korsholm\n- Kaskö", [Members()]),
        ]);

    public static LiveTable Members() => new(
        LiveBlockKind.Members, "Jäsenkunnat ja väestö 31.12.2022",
        [new LiveColumn("Kunta"), new LiveColumn("Kuntanumero"), new LiveColumn("Väestö", Numeric: true)],
        [["Porvoo", "638", "50 619"], ["Askola", "018", "4 859"], ["Loviisa", "434", "14 617"]],
        ["Yhteensä", "", "70 095"], "Lähde: Tilastokeskus.");

    /// <summary>40 rows, so the table must break onto a second page with its header row repeated.</summary>
    public static LiveTable CostSplit() => new(
        LiveBlockKind.CostSplit, "Kustannusten jako 2025 (demo)",
        [new LiveColumn("Kunta"), new LiveColumn("Asukkaat", true), new LiveColumn("Työnhakijat", true), new LiveColumn("Osuus, €", true)],
        [.. Enumerable.Range(1, 40).Select(i => (IReadOnlyList<string>)[$"Kunta {i:00} – Ähtäri", (1000 * i).ToString("N0", Fi), (40 * i).ToString("N0", Fi), (1234.5m * i).ToString("N2", Fi)])],
        ["Yhteensä", "820 000", "32 800", "1 012 290,00"], "Demoluvut; jakoavain 45/45/10.");

    private static readonly CultureInfo Fi = CultureInfo.GetCultureInfo("fi-FI");

    private static PlanDocumentSection Filler(int number) => new(
        number.ToString(CultureInfo.InvariantCulture), $"Lisäluku {number}", 1,
        string.Join("\n\n", Enumerable.Range(1, 8).Select(p => $"Kappale {p}: työllisyysalueen palvelut järjestetään asiakaslähtöisesti, " +
            "ja yhteistyötä tehdään yritysten, oppilaitosten ja järjestöjen kanssa. Tavoitteena on nopea työllistyminen ja osaavan " +
            "työvoiman saatavuus koko alueella.")),
        []);
}
