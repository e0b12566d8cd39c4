using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// How plans word the six points of §15(4) in Finnish and Swedish: word stems as the Act, the seeds (Espoo's
/// "a) Taloudelliset ja henkilöstövoimavarat…", Pohjanmaa's "antal och placering av verksamhetsställen") and the
/// plan's own default headings write them. A stem specific to one point weighs 2, a general word 1.
/// </summary>
internal static class StatutoryWording
{
    public static IReadOnlyList<(StatutorySection Point, string Stem, int Weight)> Stems { get; } =
    [
        (StatutorySection.Resources, "taloudelli", 2), (StatutorySection.Resources, "henkilöstövoimavar", 2),
        (StatutorySection.Resources, "henkilöstöresurs", 2), (StatutorySection.Resources, "voimavar", 1),
        (StatutorySection.Resources, "resurs", 1), (StatutorySection.Resources, "ekonomisk", 2),
        (StatutorySection.Resources, "personalresurs", 2), (StatutorySection.Resources, "personal", 1),

        (StatutorySection.ServiceProduction, "tuottami", 2), (StatutorySection.ServiceProduction, "palvelutuotan", 2),
        (StatutorySection.ServiceProduction, "kohdentami", 1), (StatutorySection.ServiceProduction, "tuotanto", 1),
        (StatutorySection.ServiceProduction, "produktion", 2), (StatutorySection.ServiceProduction, "tillhandahåll", 2),
        (StatutorySection.ServiceProduction, "inriktning", 1), (StatutorySection.ServiceProduction, "fördelning av tjänster", 2),

        (StatutorySection.Offices, "toimipist", 2), (StatutorySection.Offices, "palvelupist", 2),
        (StatutorySection.Offices, "palveluverko", 2), (StatutorySection.Offices, "sijoittumi", 1),
        (StatutorySection.Offices, "sijainti", 1), (StatutorySection.Offices, "verksamhetsställ", 2),
        (StatutorySection.Offices, "serviceställ", 2), (StatutorySection.Offices, "placering", 1),

        (StatutorySection.Partners, "yhteistyötaho", 2), (StatutorySection.Partners, "yhteistyökumppan", 2),
        (StatutorySection.Partners, "yhteistyön muod", 2), (StatutorySection.Partners, "yhteistyömuod", 2),
        (StatutorySection.Partners, "yhteistyö", 1), (StatutorySection.Partners, "kumppan", 1),
        (StatutorySection.Partners, "samarbetspart", 2), (StatutorySection.Partners, "samarbetsform", 2),
        (StatutorySection.Partners, "samarbete", 1), (StatutorySection.Partners, "partner", 1),

        (StatutorySection.ImmigrationAndMobility, "maahanmuut", 2), (StatutorySection.ImmigrationAndMobility, "kohtaan", 2),
        (StatutorySection.ImmigrationAndMobility, "liikkuvuu", 2), (StatutorySection.ImmigrationAndMobility, "invandring", 2),
        (StatutorySection.ImmigrationAndMobility, "migration", 2), (StatutorySection.ImmigrationAndMobility, "matchning", 2),
        (StatutorySection.ImmigrationAndMobility, "rörlighet", 2),

        (StatutorySection.StructuralChange, "rakennemuuto", 2), (StatutorySection.StructuralChange, "varautumi", 2),
        (StatutorySection.StructuralChange, "strukturomvandl", 2), (StatutorySection.StructuralChange, "strukturförändr", 2),
        (StatutorySection.StructuralChange, "beredskap", 2),
    ];
}
