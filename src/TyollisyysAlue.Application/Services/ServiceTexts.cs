using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>The few words the services live table needs in the plan's language (fi, sv, en); Finnish otherwise.</summary>
public static class ServiceTexts
{
    private static readonly Dictionary<string, (string Fi, string Sv, string En)> Words = new(StringComparer.Ordinal)
    {
        ["Caption"] = ("Palvelut {0}", "Tjänster {0}", "Services {0}"),
        ["Service"] = ("Palvelu", "Tjänst", "Service"),
        ["Group"] = ("Palveluryhmä", "Tjänstegrupp", "Group"),
        ["Audience"] = ("T/E", "T/E", "T/E"),
        ["Mode"] = ("Tuotantotapa", "Produktionssätt", "Production mode"),
        ["Class"] = ("Lakisääteisyys", "Lagstadgad klass", "Statutory class"),
        ["Volume"] = ("Määrä", "Volym", "Volume"),
        ["Cost"] = ("Kustannus €", "Kostnad €", "Cost €"),
        ["Total"] = ("Yhteensä", "Totalt", "Total"),
        ["DemoNote"] = ("Osa luvuista on keksittyä esimerkkidataa.", "En del av siffrorna är påhittade exempeldata.", "Some figures are invented demo data."),
        [nameof(ServiceGroup.FindingWorkAndWorkers)] = ("Työn ja tekijän löytyminen", "Att hitta arbete och arbetstagare", "Finding work and workers"),
        [nameof(ServiceGroup.DevelopingSkills)] = ("Osaamisen kehittäminen", "Kompetensutveckling", "Developing skills"),
        [nameof(ServiceGroup.PromotingIntegration)] = ("Kotoutumisen edistäminen", "Främjande av integration", "Promoting integration"),
        [nameof(ServiceGroup.SupportingWorkAbility)] = ("Työkyvyn tukeminen", "Stöd för arbetsförmågan", "Supporting work ability"),
        [nameof(ServiceGroup.InformationAdviceGuidance)] = ("Tieto-, neuvonta- ja ohjauspalvelut (TNO)", "Informations-, rådgivnings- och vägledningstjänster", "Information, advice and guidance (TNO)"),
        [nameof(ServiceGroup.SharedSupport)] = ("Yhteiset tukipalvelut", "Gemensamma stödtjänster", "Shared support services"),
        [nameof(ServiceGroup.National)] = ("Kansalliset työvoimapalvelut", "Nationella arbetskraftstjänster", "National services"),
        [nameof(ProductionMode.OwnProduction)] = ("Oma tuotanto", "Egen produktion", "Own production"),
        [nameof(ProductionMode.PurchasedService)] = ("Ostopalvelu", "Köpt tjänst", "Purchased service"),
        [nameof(ProductionMode.InHouseEntity)] = ("Sidosyksikkö", "Anknuten enhet", "In-house entity"),
        [nameof(ProductionMode.Partnership)] = ("Kumppanuus / ekosysteemi", "Partnerskap / ekosystem", "Partnership / ecosystem"),
        [nameof(ProductionMode.OtherAuthority)] = ("Toinen työvoimaviranomainen", "Annan arbetskraftsmyndighet", "Another employment authority"),
        [nameof(StatutoryClass.Voluntary)] = ("Vapaaehtoinen", "Frivillig", "Voluntary"),
        [nameof(StatutoryClass.AppropriationBound)] = ("Määrärahasidonnainen", "Anslagsbunden", "Appropriation-bound"),
        [nameof(StatutoryClass.AppropriationIndependent)] = ("Määrärahasta riippumaton", "Oberoende av anslag", "Appropriation-independent"),
        [nameof(StatutoryClass.NeedBased)] = ("Tarvesidonnainen", "Behovsbaserad", "Need-based"),
        [nameof(StatutoryClass.Commissioned)] = ("Toimeksiantotehtävä", "Uppdrag", "Commissioned"),
    };

    public static string Get(string key, string language) => LiveBlockTexts.Pick(Words[key], language);

    public static string Of<T>(T value, string language) where T : struct, Enum => Get(value.ToString(), language);
}
