using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>
/// What the published tables' contents mean: Statistics Finland's content codes (12r5's TYOTTOMATLOPUSSA…, 11re's
/// vaerak-vaesto) and their texts, and the words Kela's files use. The mapping step proposes from here, and an import
/// refuses a known content mapped to another indicator (jobseekers never become residents aged 18–64).
/// </summary>
public static class IndicatorCatalogue
{
    private static readonly Dictionary<string, string> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HAKIJALOPUSSA"] = Indicator.Jobseekers,
        ["TYOTTOMATLOPUSSA"] = Indicator.UnemployedJobseekers,
        ["TYOTOSUUS"] = Indicator.UnemploymentRate,
        ["TYOVOIMATK"] = Indicator.LabourForce,
        ["TYOLLISTETTYLOP"] = Indicator.ServicesSubsidised,
        ["KOKEILULOP"] = Indicator.ServicesTrial,
        ["TVKOULUTUSLOP"] = Indicator.ServicesTraining,
        ["VALMENNUSLOP"] = Indicator.ServicesCoaching,
        ["MTPPALVELUTLOP"] = Indicator.ServicesOther,
        ["vaesto"] = Indicator.Population,
        ["vaesto_kuukausi"] = Indicator.Population,
    };

    // 12r5's texts as the web CSV writes them (fi, sv, en), without "(lkm.)".
    private static readonly Dictionary<string, string> ByText = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Työnhakijoita laskentapäivänä"] = Indicator.Jobseekers,
        ["Arbetssökande på räknedagen"] = Indicator.Jobseekers,
        ["Jobseekers on the calculation date"] = Indicator.Jobseekers,
        ["Työttömät työnhakijat laskentapäivänä"] = Indicator.UnemployedJobseekers,
        ["Arbetslösa arbetssökande på räknedagen"] = Indicator.UnemployedJobseekers,
        ["Unemployed jobseekers on the calculation date"] = Indicator.UnemployedJobseekers,
        ["Työttömien työnhakijoiden %-osuus työvoimasta"] = Indicator.UnemploymentRate,
        ["Työllistettynä olevat laskentapäivänä"] = Indicator.ServicesSubsidised,
        ["Työ- ja koulutuskokeilussa olevat laskentapäivänä"] = Indicator.ServicesTrial,
        ["Työvoimakoulutuksessa olevat laskentapäivänä"] = Indicator.ServicesTraining,
        ["Valmennuksessa olevat laskentapäivänä"] = Indicator.ServicesCoaching,
        ["Muissa palveluissa olevat laskentapäivänä"] = Indicator.ServicesOther,
        ["TK:n Työssäkäyntitilaston työvoima"] = Indicator.LabourForce,
        ["Väestö"] = Indicator.Population,
        ["Väestö 31.12."] = Indicator.Population,
        ["Folkmängd"] = Indicator.Population,
        ["Population"] = Indicator.Population,
    };

    /// <summary>The indicator a content means when the table says so; null for contents the catalogue does not know.</summary>
    public static string? IndicatorFor(StatMember content) =>
        KnownMeaning(content) ?? KelaWords(WithoutUnit(content.Label).ToLowerInvariant());

    /// <summary>The meaning of a published content code or text (not guessed from words): what an import holds the mapping to.</summary>
    public static string? KnownMeaning(StatMember content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var code = content.Code.Contains('-', StringComparison.Ordinal) ? content.Code[(content.Code.LastIndexOf('-') + 1)..] : content.Code;
        if (ByCode.TryGetValue(code, out var byCode)) return byCode;
        return ByText.TryGetValue(WithoutUnit(content.Label), out var byText) ? byText : null;
    }

    /// <summary>
    /// Whether a content of known meaning may be imported as the indicator: itself, or a population counted over the
    /// members the mapping selects (ages 18–64 are the working-age residents; foreign languages the foreign-language speakers).
    /// </summary>
    public static bool Compatible(string meaning, string indicator) =>
        meaning == indicator || (meaning == Indicator.Population && indicator is Indicator.WorkingAge or Indicator.ForeignLanguage);

    /// <summary>Who publishes the indicators when the file does not say: Kela for its benefit-liability series; else null.</summary>
    public static string? PublisherOf(IEnumerable<string> indicators)
    {
        var targets = indicators.Distinct().ToList();
        return targets.Count > 0 && targets.All(t => t is Indicator.BenefitLiability or Indicator.BenefitLiabilityRecipients) ? "Kela" : null;
    }

    /// <summary>Kela's flat files: paid benefits (the municipality's share, euros) and recipients.</summary>
    private static string? KelaWords(string text) =>
        text.Contains("rahoitusosuus", StringComparison.Ordinal) || text.Contains("kunnan osuus", StringComparison.Ordinal)
        || (text.Contains("maksetu", StringComparison.Ordinal) && text.Contains("etuu", StringComparison.Ordinal)) ? Indicator.BenefitLiability
        : text.Contains("saaj", StringComparison.Ordinal) || text.Contains("mottagare", StringComparison.Ordinal) ? Indicator.BenefitLiabilityRecipients
        : null;

    /// <summary>The unit a content's text or JSON-stat unit states: "(lkm.)" persons, "(%)" percent, "euroa" euros; null when it does not say.</summary>
    public static IndicatorUnit? UnitOf(StatMember content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var said = (content.Unit ?? "") + " " + content.Label;
        var text = said.ToLowerInvariant();
        if (text.Contains('%', StringComparison.Ordinal) || text.Contains("prosent", StringComparison.Ordinal)) return IndicatorUnit.Percent;
        if (text.Contains("euro", StringComparison.Ordinal) || text.Contains('€', StringComparison.Ordinal) || text.Contains("(eur", StringComparison.Ordinal))
            return IndicatorUnit.Euros;
        if (text.Contains("lkm", StringComparison.Ordinal) || text.Contains("henkil", StringComparison.Ordinal) || text.Contains("antal", StringComparison.Ordinal)
            || text.Contains("number", StringComparison.Ordinal) || text.Contains("persons", StringComparison.Ordinal))
            return IndicatorUnit.Persons;
        return null;
    }

    /// <summary>"Työttömät työnhakijat laskentapäivänä (lkm.)" → "Työttömät työnhakijat laskentapäivänä".</summary>
    public static string WithoutUnit(string label)
    {
        var text = label.Trim();
        if (text.EndsWith(')') && text.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open) text = text[..open];
        return text.Trim();
    }
}
