using TyollisyysAlue.Domain.Indicators;
using static TyollisyysAlue.Domain.Indicators.IndicatorKind;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// The national indicator definitions (seeded on startup, names and sources refreshed): those the seeds' keys use,
/// the monthly series of the employment service statistics (table 12r5, KEHA Centre) with broad unemployment
/// computed from them, and Kela's benefit-liability series.
/// </summary>
public static class IndicatorRegister
{
    private const string Keha = "KEHA-keskus, työnvälitystilasto 12r5";
    private const string Kela = "Kela, kunnan osarahoittama työttömyysturva (avoin data)";

    /// <summary>
    /// Broad unemployment ("unemployed jobseekers and those in services", the Porvoo and Espoo keys): unemployed
    /// jobseekers plus people in wage-subsidised work or on a start-up grant, in work or training trials, in labour-market
    /// training, in coaching and in other services, per member and month (docs/indicators.md).
    /// </summary>
    public static readonly string BroadUnemploymentFormula = string.Join(" + ", Indicator.UnemployedJobseekers, Indicator.ServicesSubsidised,
        Indicator.ServicesTrial, Indicator.ServicesTraining, Indicator.ServicesCoaching, Indicator.ServicesOther);

    public static IReadOnlyList<Indicator> All { get; } =
    [
        new(Indicator.WorkingAge, "Asukkaat 18–64 v.", "Invånare 18–64 år", "Residents aged 18–64", PointInTime, "Tilastokeskus 11re"),
        new(Indicator.Unemployed, "Työttömät työnhakijat ja palveluissa olevat", "Arbetslösa arbetssökande och personer i tjänster",
            "Unemployed jobseekers and people in services", MonthlyAverage, Keha),
        new(Indicator.ForeignLanguage, "Vieraskieliset", "Främmandespråkiga", "Foreign-language speakers", PointInTime, "Tilastokeskus 11rm"),
        new(Indicator.Population, "Asukasluku", "Invånarantal", "Population", PointInTime, "Tilastokeskus 11re"),
        new(Indicator.LabourForce, "Työvoima", "Arbetskraft", "Labour force", PointInTime, "Tilastokeskus, työssäkäyntitilasto"),
        new(Indicator.Jobseekers, "Työnhakijat", "Arbetssökande", "Jobseekers", MonthlyAverage, Keha),
        new(Indicator.UnemployedJobseekers, "Työttömät työnhakijat", "Arbetslösa arbetssökande", "Unemployed jobseekers", MonthlyAverage, Keha),
        new(Indicator.UnemploymentRate, "Työttömien työnhakijoiden osuus työvoimasta", "Arbetslösa arbetssökandes andel av arbetskraften",
            "Unemployed jobseekers' share of the labour force", MonthlyAverage, Keha, IndicatorUnit.Percent),
        new(Indicator.ServicesSubsidised, "Työllistettynä (palkkatuki, starttiraha)", "Sysselsatta (lönesubvention, startpeng)",
            "Employed with a wage subsidy or start-up grant", MonthlyAverage, Keha),
        new(Indicator.ServicesTrial, "Työ- ja koulutuskokeilussa", "I arbets- och utbildningsprövning", "In work or training trials", MonthlyAverage, Keha),
        new(Indicator.ServicesTraining, "Työvoimakoulutuksessa", "I arbetskraftsutbildning", "In labour-market training", MonthlyAverage, Keha),
        new(Indicator.ServicesCoaching, "Valmennuksessa", "I coachning", "In coaching", MonthlyAverage, Keha),
        new(Indicator.ServicesOther, "Muissa palveluissa", "I övriga tjänster", "In other services", MonthlyAverage, Keha),
        new(Indicator.BroadUnemployment, "Laaja työttömyys (laskettu 12r5:stä)", "Bred arbetslöshet (beräknad ur 12r5)",
            "Broad unemployment (computed from 12r5)", MonthlyAverage, "Laskettu: " + Keha, formula: BroadUnemploymentFormula),
        new(Indicator.BenefitLiability, "Kunnan osuus työttömyysetuuksista", "Kommunens andel av arbetslöshetsförmånerna",
            "Municipality's share of unemployment benefits", MonthlyAverage, Kela, IndicatorUnit.Euros),
        new(Indicator.BenefitLiabilityRecipients, "Kunnan osarahoittaman työttömyysturvan saajat", "Mottagare av arbetslöshetsskydd som kommunen delfinansierar",
            "Recipients of municipally co-funded unemployment benefits", MonthlyAverage, Kela),
    ];
}
