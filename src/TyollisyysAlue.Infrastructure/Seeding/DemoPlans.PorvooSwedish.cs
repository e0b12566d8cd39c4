using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// The Swedish counterpart of the Porvoo draft (a bilingual area keeps both, linked): the Finnish version's structure
/// and main content in Swedish, abridged, with every statutory point and the main optional sections. Points e and f
/// are still empty, as in the Finnish draft.
/// </summary>
internal static partial class DemoPlans
{
    public static (PlanVersion Version, IReadOnlyList<PlanSection> Sections) PorvooSwedish(PlanVersion finnish)
    {
        var version = new PlanVersion(Guid.NewGuid(), DemoAreas.Porvoo, "version 30.5.2023", new DateOnly(2023, 5, 30), "sv",
            SwedishTitle) { CounterpartId = finnish.Id };
        finnish.CounterpartId = version.Id;
        var outline = new DemoPlanOutline(version)
            .Main("Mål")
            .Sub("Strategiska kopplingar", """
                Borgå stads stadsstrategi (2022–2025): ”Borgå stad utvecklar sin sysselsättningsservice och sitt samarbete med läroanstalterna så att arbetsgivare och arbetssökande i framtiden möts bättre.”

                - Stadsstrategin uppdateras ungefär ett år efter att TE-reformen har trätt i kraft.
                - För Borgåregionens sysselsättningsområde utarbetas ett gemensamt **sysselsättningsprogram** som samordnar kommunernas strategier.
                """)
            .Sub("Huvudmål", """
                1. **Att förebygga långvarig arbetslöshet** – snabbare sysselsättning, fler möten mellan arbetsgivare och arbetssökande, nya tjänster
                2. **Att minska och förebygga ungdomsarbetslöshet** – starkare samarbete mellan läroanstalter och näringsliv
                3. **Kompetens och matchning** – flexibla vägar till ny kompetens, nya sätt att rekrytera och matcha
                4. **Ett arbetsliv i förändring** – partiellt arbetsföras arbetskarriärer, livslångt lärande, sysselsättning för internationella experter
                """)
            .Sub("Styrande mål", """
                I samband med Borgå stads budgetberedning fastställs styrande mål och mätare för arbetskraftsservicen. De tas in bland servicens nyckeltal och i planen för kunskapsbaserad ledning.
                """)
            .Main("Ordnandet av tjänsterna")
            .Sub("Ansvaret för att ordna tjänsterna", """
                Borgå stad ansvarar för att ordna arbetskraftsservicen för sina egna kunder och för de övriga kommunerna i östra Nyland (Askola, Lappträsk, Lovisa, Mörskom, Pukkila och Sibbo).

                För östra Nyland inrättas ett sysselsättningsområde vars gemensamma organ blir **AN-sektionen under Borgå livskraftsnämnd**. Varje kommun i sysselsättningsområdet är företrädd i sektionen.
                """, null, LiveBlockKind.Members)
            .Sub("Myndighetsuppgifter och kommunernas samarbetsmodell", """
                Som ansvarig kommun utövar Borgå den behörighet som lagen ger arbetskraftsmyndigheten i östra Nylands sysselsättningsområde. Om myndighetsuppgifter ska överföras till andra kommuner bedöms årligen i samband med budgeten.
                """)
            .Sub("Kunder och servicebehov", """
                Kundernas servicebehov förutses, bedöms och fastställs på tre nivåer:

                | Nivå | Innehåll |
                | --- | --- |
                | 1. Att förutse förändringar i näringslivet och på arbetsmarknaden | yrkesbarometrar, kartor över arbetskraften, prognosforum |
                | 2. Att analysera kundernas behov | kundgruppernas servicebehov och hur tjänsterna riktas |
                | 3. Kundens individuella behov | bedömning av servicebehovet i kundens serviceprocess |
                """)
            .Sub("Finansieringsprinciper och kostnadsfördelning", """
                1. Borgå stad inrättar en **balansenhet** som ansvarar för de gemensamt producerade tjänsterna.
                2. Av kostnaderna fördelas **45 %** enligt antalet invånare i åldern 18–64 år, **45 %** enligt antalet arbetslösa och personer i tjänster (medeltalet av budgetårets månader) och **10 %** enligt antalet invånare med främmande modersmål.
                3. Kommunerna betalar sin andel månatligen; vid årets slut jämkas andelarna så att de motsvarar de faktiska kostnaderna.
                4. Investeringar finansieras enligt samma principer som driftsutgifterna.

                Beredningskostnaderna för åren 2023–2024 fördelas mellan kommunerna i förhållande till invånarantalet.
                """, null, LiveBlockKind.CostSplit)
            .Sub("Annat myndighetssamarbete, samverkan och samarbetsmodeller", """
                Ansvariga myndigheter är arbets- och näringsministeriet, UF-centret och TE-tjänsternas riksomfattande kundservicecenter. Andra samarbetsparter är **NTM-centralen i Nyland**, de övriga arbetskraftsmyndigheterna, **Östra Nylands välfärdsområde**, **FPA**, Työkanava Oy, utbildningsanordnarna och regionens företagsutvecklingsbolag.

                Samarbetsmodellen för sektorsövergripande stöd som främjar sysselsättningen genomförs tillsammans med välfärdsområdet och FPA.
                """, StatutorySection.Partners)
            .Sub("Närservice och plan för att främja sysselsättningen för personer i svagare ställning på arbetsmarknaden", """
                Till dem som har en svagare ställning på arbetsmarknaden hör åtminstone de som varit arbetslösa länge samt partiellt arbetsföra, äldre, unga och invandrare. Medlen är bland annat kommunerna som brobyggande arbetsgivare, Työkanava och arbetsförmågekoordinatorer.
                """)
            .Sub("Likvärdiga tjänster", """
                Borgå stad ansvarar för att de offentliga arbetskrafts- och företagstjänsterna är likvärdigt tillgängliga. Borgå sysselsättningsområde är tvåspråkigt och kunderna får alla tjänster på båda inhemska språken.
                """)
            .Main("Tjänsteproduktionen")
            .Sub("Tjänster som erbjuds", """
                Tjänsterna delas in i **T-tjänster** för arbetssökande och **E-tjänster** för arbetsgivare och nya företagare.
                """)
            .Sub("Tjänsternas tillgänglighet", """
                - Det permanenta servicestället finns i **Borgå centrum**.
                - I de övriga kommunerna ordnas närservicen enligt **servicetorgskonceptet** i lokaler som kommunerna anvisar och bekostar.
                - Därtill distanstjänster per telefon och video samt webbtjänster.
                """, StatutorySection.Offices)
            .Sub("Tjänsternas omfattning, kvalitet och kostnader", """
                Enligt finansministeriets beräkningar uppgår den personal som överförs till **71 årsverken**; utifrån servicebehovet har personalbehovet uppskattats till cirka 20 % mer (omkring 85 årsverken).
                """, StatutorySection.Resources, LiveBlockKind.Budget)
            .Sub("Produktionsplan", """
                Som egen produktion ordnas arbetsförmedlingen, de huvudsakliga informations-, rådgivnings- och vägledningstjänsterna samt en del av träningarna och expertbedömningarna. Som köpta tjänster ordnas största delen av träningarna, arbetskraftsutbildningen och omställningsutbildningen.
                """, StatutorySection.ServiceProduction)
            .Sub("Verkningsfullhet och kostnadseffektivitet", """
                Utgångspunkten för tjänsterna är att personkunden får arbete eller grundar ett företag och att arbetsgivaren hittar kunnig arbetskraft.
                """)
            .Sub("Organiseringen av tjänster och uppgifter", """
                Teamen leds av ”företagscoacher” vars kunder är företag som söker arbetskraft.
                """)
            .Main("Arbetskraftsinvandring, matchning och arbetskraftens rörlighet", "", StatutorySection.ImmigrationAndMobility)
            .Main("Beredskap för strukturomvandlingar", "", StatutorySection.StructuralChange);
        return (version, outline.Sections);
    }
}
