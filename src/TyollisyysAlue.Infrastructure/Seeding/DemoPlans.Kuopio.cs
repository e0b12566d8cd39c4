using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>The Kuopio plan of 5.12.2024 (chapters 1–7 of the seed, abridged in its own words), approved by the committee.</summary>
internal static partial class DemoPlans
{
    public static (PlanVersion Version, IReadOnlyList<PlanSection> Sections) Kuopio()
    {
        var version = new PlanVersion(Guid.NewGuid(), DemoAreas.Kuopio, "5.12.2024", new DateOnly(2024, 12, 5), "fi",
            KuopioTitle);
        var outline = new DemoPlanOutline(version)
            .Main("Työllisyysalueen toiminnalle asetetut tavoitteet ja käytössä olevat resurssit", """
                Kaavi, Keitele, Kuopio, Lapinlahti, Rautalampi, Rautavaara, Siilinjärvi, Suonenjoki, Tervo, Tuusniemi ja Vesanto muodostavat yhteisen Kuopion työllisyysalueen. Kuopion kaupunki toimii vastuukuntana. Kunnat rahoittavat työllisyysalueen toiminnan ja palvelut.
                """, null, LiveBlockKind.Members)
            .Sub("Tavoitteet", """
                Vuonna 2025 keskeisin tehtävä on turvata työvoimapalveluiden siirtyminen kuntiin. Tavoitteet ovat kolmessa ryhmässä:

                1. Alueen työllisyyttä, elinvoimaa ja kasvua tukevat tavoitteet
                2. Alueen asukkaiden hyvinvointia ja toimeentuloa tukevat tavoitteet
                3. Palvelujärjestelmän ja palveluiden uudistamiseen liittyvät tavoitteet

                Mittarit päätetään vuoden 2025 alkupuoliskolla ja lähtötasot muodostetaan vuoden 2025 loppupuoliskolla.
                """)
            .Sub("Taloudelliset resurssit", """
                Toimintatuotot yhteensä **18 611 000 euroa**: kuntien maksuosuudet 16 656 000 €, ylialueellinen palveluiden myynti 140 000 €, muutosturvakoulutuksen korvaus 70 000 € sekä Kuopion kaupungin maksut täydentävistä palveluista ja digitaalisen palvelupolun hankkeesta 2 015 000 €. Toimintakate on 0 euroa; talousarvio sitoo toimintakatteen tasolla.
                """, StatutorySection.Resources, LiveBlockKind.Budget, LiveBlockKind.CostSplit)
            .Sub("Henkilöstöresurssit", """
                Yhteisten palveluiden henkilöstömäärä on **142 henkilötyövuotta**; Kuopion kaupungille erillisrahoituksella tuotettavien täydentävien palveluiden henkilöstömäärä on 26 htv.
                """)
            .Main("Julkisten työvoimapalveluiden järjestäminen")
            .Sub("Lähipalvelut ja palvelupisteet", """
                Kokoaikaiset palvelupisteet ovat **Kuopion keskustassa (Asemakatu 7)** ja **Siilinjärvellä**; molemmissa voi asioida ilman ajanvarausta. Osa-aikaisesti ajanvarauksella toimivat palvelupisteet ovat Kaavilla, Keiteleellä, Lapinlahdella, Rautalammilla, Rautavaaralla, Suonenjoella, Tervossa, Tuusniemellä ja Vesannolla sekä Kuopion Juankoskella, Maaningalla ja Nilsiässä.
                """, StatutorySection.Offices, LiveBlockKind.Offices)
            .Sub("Viranomaistehtävien hoitaminen ja työllisyysalueen oma palvelutuotanto", """
                Vastuukunta Kuopio järjestää ja tuottaa lakisääteiset palvelut työllisyysalueella ja vastaa keskitetysti viranomaistehtävistä. Operatiivisessa suunnittelussa päätetään, mitä tuotetaan itse, mitä ekosysteemiyhteistyönä ja mitä hankitaan ostopalveluina.
                """, StatutorySection.ServiceProduction)
            .Sub("Keskitetyt työvoimapalvelut", """
                Keskitettyjä palveluita ovat mm. puhelinneuvonta, alkavien yrittäjien palvelut, työkykykoordinaattorien ja ammatinvalintapsykologien palvelut, kansainvälinen työnvälitys sekä palkkatuki- ja starttirahapäätökset.
                """)
            .Main("Palvelutuotanto-organisaatio")
            .Sub("Avainprosessit ja tuotanto-organisaatio", """
                Palvelutuotanto rakennetaan kuuden avainprosessin mukaan: tieto-, neuvonta- ja ohjauspalvelut; työnvälitys ja rekrytointi; alkavat yrittäjät; osaamisen kehittäminen; tehostettu tuki; digitaaliset palvelut.
                """, null, LiveBlockKind.Staffing)
            .Sub("Työllisyysalueen sisäiset tuotantoalueet", """
                Asiakkaita on noin 15 000 henkilöasiakasta ja 10 000 yritystä.

                | Tuotantoalue | Työnhakijat 22.11.2024 | %-osuus | Henkilöstöarvio |
                | --- | ---: | ---: | ---: |
                | 1: Kaavi, Kuopio, Tuusniemi | 11 342 | 77 | 70–75 |
                | 2: Maaninka-Nilsiä, Lapinlahti, Siilinjärvi, Rautavaara | 2 355 | 16 | 14–16 |
                | 3: Keitele, Rautalampi, Suonenjoki, Tervo, Vesanto | 1 047 | 7 | 6–7 |
                """)
            .Main("Toiminnan painopisteenä kohtaantoa edistävät palvelut")
            .Sub("Työvoimaviranomaisten ja elinkeinotoimijoiden yhteistyö", """
                Kohtaantoa edistävien palveluiden tavoitteena on turvata työnantajille osaavan työvoiman saatavuus, uusien yritysten ja työpaikkojen syntyminen sekä tukea yritysten kasvua.
                """)
            .Sub("Kohtaannon ja työvoiman liikkuvuuden edistäminen", """
                Kuopiossa on käynnistynyt kehittämishanke osaamisperusteisen työnhaun ja rekrytoinnin kehittämiseksi. **International House Kuopio** tarjoaa kansainvälisille asiakkaille ja heidän perheilleen asettautumisen palvelut yhdestä paikasta.
                """, StatutorySection.ImmigrationAndMobility, LiveBlockKind.Services)
            .Sub("Alkavien yrittäjien palvelut", "Alkavien yrittäjien palvelut tuotetaan keskitetysti yhteistyössä alueen yrityspalveluiden kanssa.")
            .Main("Digitaalisten palveluiden kehittäminen", """
                Kaikille asiakkaille tarjotaan ForeAmmatti Plus -palvelua (osaamis- ja ammattitaitokartoitus, Kykyviisari) ja koko alueella on käytössä Vireum Remote -etäyhteys.
                """)
            .Main("Monialaiset palvelut haavoittuvassa asemassa oleville asiakkaille", """
                Ohjaamon matalan kynnyksen palvelupisteet ovat Kuopiossa ja Suonenjoella (kesästä 2024); muihin kuntiin Ohjaamon työvoimaviranomainen jalkautuu sovitusti.
                """)
            .Main("Palveluekosysteemi ja monituottajamalli")
            .Sub("Palvelutuotantoa tukevat ekosysteemitoimijat", """
                Ekosysteemissä yhdistetään kuntien elinvoima-, koulutus-, kotoutumis- ja työllisyyspalvelut sekä hyvinvointialueen, ELY-keskuksen, Kelan, yrittäjäyhdistysten, 3. sektorin ja palveluntuottajien palvelut yhden luukun periaatteella.
                """, StatutorySection.Partners)
            .Sub("Työvoimapalveluiden hankkiminen", """
                Toiminta perustuu monituottajamalliin. Kansalliset kynnysarvot: sosiaali- ja muut erityiset palvelut 400 000 € ja starttirahalausunnot 300 000 €; pienhankinnat pienhankintajärjestelmän kautta.
                """)
            .Sub("Rakennemuutoksiin varautuminen", """
                Äkillisiin rakennemuutoksiin varaudutaan yhteistyössä Pohjois-Savon ELY-keskuksen ja alueen kuntien elinkeinopalveluiden kanssa; muutosturvakoulutus hankitaan hankintasuunnitelman mukaan. *(Demoteksti: seed ei kuvaa tätä kohtaa erikseen.)*
                """, StatutorySection.StructuralChange);
        version.Submit("demo-data", new DateTimeOffset(2024, 12, 5, 10, 0, 0, TimeSpan.Zero));
        version.Approve("Kuopion työllisyysaluejaosto", new DateOnly(2024, 12, 12), "§ 45 (demo)");
        return (version, outline.Sections);
    }
}
