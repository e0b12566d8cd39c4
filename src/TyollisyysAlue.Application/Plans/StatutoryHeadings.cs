using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>The default headings of the statutory points a–f (Act 380/2023 §15(4)) in the plan's language.</summary>
public static class StatutoryHeadings
{
    /// <summary>The document's default title in the version's language (never the user's UI language).</summary>
    public static string DocumentTitle(string language) =>
        language == "sv" ? "Plan för ordnandet av tjänster" : "Palveluiden järjestämissuunnitelma";

    public static string For(StatutorySection point, string language) => (point, language) switch
    {
        (StatutorySection.Resources, "sv") => "Ekonomiska resurser och personalresurser samt deras fördelning",
        (StatutorySection.Resources, _) => "Taloudelliset ja henkilöstövoimavarat sekä niiden kohdentaminen",
        (StatutorySection.ServiceProduction, "sv") => "Lösningar för produktion och inriktning av tjänster",
        (StatutorySection.ServiceProduction, _) => "Palveluiden tuottamista ja kohdentamista koskevat ratkaisut",
        (StatutorySection.Offices, "sv") => "Verksamhetsställenas antal och placering",
        (StatutorySection.Offices, _) => "Toimipisteiden määrä ja sijainti",
        (StatutorySection.Partners, "sv") => "Samarbetsparter och samarbetsformer",
        (StatutorySection.Partners, _) => "Yhteistyökumppanit ja yhteistyön muodot",
        (StatutorySection.ImmigrationAndMobility, "sv") => "Arbetskraftsinvandring, matchning och arbetskraftens rörlighet",
        (StatutorySection.ImmigrationAndMobility, _) => "Työperäisen maahanmuuton, kohtaannon ja työvoiman liikkuvuuden edistäminen",
        (StatutorySection.StructuralChange, "sv") => "Beredskap för strukturomvandlingar",
        _ => "Rakennemuutoksiin varautuminen",
    };
}
