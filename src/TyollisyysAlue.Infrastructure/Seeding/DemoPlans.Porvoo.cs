using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// The Porvoo plan as the seed has it: "Palveluiden järjestämissuunnitelma, versio 30.5.2023", a draft that
/// "tarkentuu valmistelun edetessä", in the seed's own structure and (abridged) words; points e and f are still empty.
/// The Swedish counterpart is in DemoPlans.PorvooSwedish.cs.
/// </summary>
internal static partial class DemoPlans
{
    public static (PlanVersion Version, IReadOnlyList<PlanSection> Sections) PorvooFinnish()
    {
        var version = new PlanVersion(Guid.NewGuid(), DemoAreas.Porvoo, "versio 30.5.2023", new DateOnly(2023, 5, 30), "fi",
            FinnishTitle);
        var outline = new DemoPlanOutline(version)
            .Main("Tavoitteet")
            .Sub("Strategiayhteydet", """
                Porvoon kaupunkistrategia (2022–2025): ”Porvoon kaupunki kehittää työllisyyspalvelujaan ja oppilaitosyhteistyötä niin, että työnantajat ja työnhakijat kohtaavat tulevaisuudessa paremmin.”

                - Kaupunkistrategia päivitetään noin vuosi TE-uudistuksen käynnistyksen jälkeen.
                - Porvoon seudun työllisyysalueelle laaditaan yhteinen **työllisyysohjelma**, joka sovittaa yhteen alueen kuntastrategiat.
                """)
            .Sub("Päätavoitteet", """
                1. **Pitkittyvän työttömyyden ehkäiseminen** – työllistymisen nopeuttaminen, kohtaamisten mahdollistaminen, uusien palvelujen kehittäminen
                2. **Nuorisotyöttömyyden vähentäminen ja ehkäiseminen** – oppilaitosten ja yrityselämän yhteistyön vahvistaminen
                3. **Osaaminen ja kohtaanto** – joustavat osaamisen kehittämisen polut, uudet rekrytointi- ja kohtauttamistavat
                4. **Muuttuva työelämä** – osatyökykyisten työurat, elinikäinen oppiminen, kansainvälisten osaajien työllistyminen
                """)
            .Sub("Ohjaavat tavoitteet", """
                Porvoon talousarviovalmistelun yhteydessä määritellään TE-palveluille ohjaavat tavoitteet ja mittarit. Ne sisällytetään TE-palveluiden avainmittareihin ja tiedolla johtamisen suunnitelmaan.
                """)
            .Main("Palveluiden järjestäminen")
            .Sub("Järjestämisvastuu", """
                Porvoon kaupungilla on järjestämisvastuu omien asiakkaidensa sekä muiden itäisen Uudenmaan kuntien (Askola, Lapinjärvi, Loviisa, Myrskylä, Pukkila, Sipoo) TE-palveluista.

                Itäiselle Uudellemaalle perustetaan työllisyysalue, jonka yhteiseksi toimielimeksi **perustetaan Porvoon elinvoimalautakunnan alainen TE-jaosto**. Jaostossa on jokaisen työllisyysalueen kunnan edustus.
                """, null, LiveBlockKind.Members)
            .Sub("Viranomaistehtävät ja kuntien yhteistoimintamalli", """
                Porvoo käyttää järjestämisvastuussa olevana kaupunkina laissa säädettyä työvoimaviranomaisen toimivaltaa itäisen Uudenmaan työllisyysalueella. Viranomaistehtävien siirtämistä muihin kuntiin arvioidaan vuosittain talousarvion yhteydessä.
                """)
            .Sub("Asiakkaat ja palvelutarpeet", """
                Asiakkaiden palvelutarpeita ennakoidaan, arvioidaan ja määritetään kolmitasoisesti:

                | Taso | Sisältö |
                | --- | --- |
                | 1. Elinkeinoelämän ja työmarkkinoiden muutosten ennakointi | ammattibarometrit, työvoimatietokartat, ennakointifoorumit |
                | 2. Asiakastarpeiden analysointi | asiakasryhmien palvelutarpeet ja palveluiden kohdentuminen |
                | 3. Yksilölliset asiakastarpeet | palvelutarpeen arviointi asiakkaan palveluprosessissa |
                """)
            .Sub("Rahoitusperiaatteet ja kustannustenjako", """
                1. Porvoon kaupunki perustaa **taseyksikön**, joka vastaa yhteisesti tuotetuista TE-palveluista.
                2. Kustannuksista **45 %** jaetaan 18–64-vuotiaiden asukkaiden, **45 %** työttömien ja palvelujen piirissä olevien (talousarviovuoden kuukausien keskiarvo) ja **10 %** vieraskielisten määrän suhteessa.
                3. Kunnat tilittävät maksuosuuden kuukausittain; vuoden lopussa maksuosuudet tasataan vastaamaan toteutuneita kustannuksia.
                4. Investoinnit rahoitetaan samoilla periaatteilla kuin käyttötalouden menot.

                Vuosina 2023–2024 aiheutuvat valmistelukustannukset jaetaan kunnille asukasluvun suhteessa.
                """, null, LiveBlockKind.CostSplit)
            .Sub("Muu viranomaisyhteistyö, yhteistoiminta ja yhteistoimintamallit", """
                Vastuuviranomaisia ovat työ- ja elinkeinoministeriö, KEHA-keskus ja TE-palveluiden valtakunnallinen asiakaspalvelukeskus. Muita sidostoimijoita ovat **Uudenmaan ELY-keskus**, muut työvoimaviranomaiset, **Itä-Uudenmaan hyvinvointialue**, **Kela**, Työkanava Oy, koulutuksenjärjestäjät ja alueen yrityskehitysyhtiöt.

                Työllistymistä edistävä monialaisen tuen yhteistoimintamalli toteutetaan hyvinvointialueen ja Kelan kanssa.
                """, StatutorySection.Partners)
            .Sub("Lähipalvelut ja suunnitelma heikommassa työmarkkina-asemassa olevien työllisyyden edistämisestä", """
                Heikommassa työmarkkina-asemassa olevia ovat ainakin pidempään työttömänä olleet sekä osatyökykyiset, ikääntyneet, nuoret ja maahanmuuttajat. Keinoja ovat mm. kuntien toimiminen siltatyönantajina, Työkanava ja työkykykoordinaattorit.
                """)
            .Sub("Palveluiden yhdenvertaisuus", """
                Porvoon kaupunki vastaa julkisten työvoima- ja yrityspalveluiden yhdenvertaisesta saatavuudesta. Porvoon työllisyysalue on kaksikielinen ja asiakkaat saavat kaikkia palveluita molemmilla kotimaisilla kielillä.
                """)
            .Main("Palvelutuotanto")
            .Sub("Tarjottavat palvelut", """
                Palvelut jakautuvat työnhakijoille tarjottaviin **T-palveluihin** ja työnantajille ja aloittaville yrittäjille tarjottaviin **E-palveluihin**.
                """)
            .Sub("Palveluiden saavutettavuus", """
                - Vakituinen palvelupiste sijaitsee **Porvoon keskustassa**.
                - Muihin kuntiin lähipalvelut toteutetaan **palvelutori-konseptilla** kuntien osoittamissa ja kustantamissa tiloissa.
                - Lisäksi puhelimella ja videoyhteydellä saatavat etäpalvelut ja verkkopalvelut.
                """, StatutorySection.Offices)
            .Sub("Palveluiden määrä, laatu ja kustannukset", """
                VM:n laskelmien mukaan siirtyvää henkilöstöä on arvioitu **71 htv**; palvelutarpeen perusteella henkilöstömäärä on arvioitu noin 20 % suuremmaksi (noin 85 htv).
                """, StatutorySection.Resources, LiveBlockKind.Budget)
            .Sub("Tuotantosuunnitelma", """
                Omana palvelutuotantona järjestetään työnvälitys, pääasialliset tieto-, neuvonta- ja ohjauspalvelut, osa valmennuksista ja asiantuntija-arvioinneista. Ostopalveluina valtaosa valmennuksista, työvoimakoulutukset ja muutosturvakoulutukset.
                """, StatutorySection.ServiceProduction)
            .Sub("Vaikuttavuus ja kustannustehokkuus", """
                Palveluiden lähtökohtana on henkilöasiakkaan työllistyminen tai yrityksen perustaminen ja työnantajalla osaavan työvoiman löytyminen.
                """)
            .Sub("Palveluiden ja tehtävien organisointi", """
                Tiimejä vetävät ”yritysvalmentajat”, joiden asiakkaita ovat työvoimaa etsivät yritykset.
                """)
            .Main("Työperäinen maahanmuutto, kohtaanto ja työvoiman liikkuvuus", "", StatutorySection.ImmigrationAndMobility)
            .Main("Rakennemuutoksiin varautuminen", "", StatutorySection.StructuralChange);
        return (version, outline.Sections);
    }

    private static readonly string[] PorvooMainGoals =
        ["Pitkittyvän työttömyyden ehkäiseminen", "Nuorisotyöttömyyden vähentäminen ja ehkäiseminen", "Osaaminen ja kohtaanto", "Muuttuva työelämä"];

    public static IEnumerable<PlanGoal> PorvooGoals() =>
        PorvooMainGoals.Select((title, i) => new PlanGoal(Guid.NewGuid(), DemoAreas.Porvoo, "Päätavoitteet", title, i));
}
