using TyollisyysAlue.Domain.Services;
using static TyollisyysAlue.Domain.Procurement.ProcurementCategory;
using static TyollisyysAlue.Domain.Procurement.ProcurementProcedure;
using static TyollisyysAlue.Domain.Services.ProductionMode;
using static TyollisyysAlue.Domain.Services.StatutoryClass;
using static TyollisyysAlue.Domain.Services.TargetGroups;
using B = TyollisyysAlue.Infrastructure.Seeding.DemoServices.Builder;

namespace TyollisyysAlue.Infrastructure.Seeding;

public static partial class DemoServiceFacts
{
    /// <summary>
    /// Lahti's statutory classes (seed 003): voluntary 2.6 M€, appropriation-bound 14.3 M€, appropriation-independent
    /// 29.8 M€ (with the municipal share of unemployment benefits), need-based 1.0 M€, commissioned open. The class
    /// totals are the seed's; their split between services is invented (demo).
    /// </summary>
    private static void Lahti(B b)
    {
        var vouchers = b.Local(ServiceGroup.FindingWorkAndWorkers, ServiceAudience.Jobseeker, "Kesätyösetelit", "Sommarjobbssedlar", "Summer job vouchers");
        var lisa = b.Local(ServiceGroup.FindingWorkAndWorkers, ServiceAudience.Employer, "Lahti-lisä yhdistyksille ja rekrytointipalkkio yrityksille", "Lahtistillägg för föreningar och rekryteringsbonus för företag", "Lahti supplement for associations and recruitment bonus for companies");
        var workshops = b.Local(ServiceGroup.SupportingWorkAbility, ServiceAudience.Jobseeker, "Nuorten pajat ja Ympäristöpaja", "Verkstäder för unga och miljöverkstaden", "Youth workshops and the environment workshop");
        var share = b.Local(ServiceGroup.SharedSupport, ServiceAudience.Jobseeker, "Työmarkkinatuen kuntaosuus", "Kommunens andel av arbetsmarknadsstödet", "Municipal share of the labour market subsidy");
        var region = b.Local(ServiceGroup.SharedSupport, ServiceAudience.Both, "Yhteistyö Päijät-Hämeen ja muiden työllisyysalueiden kanssa", "Samarbete med Päijänne-Tavastland och andra sysselsättningsområden", "Cooperation with Päijät-Häme and other employment areas");
        b.Offer(null, OwnProduction, 600_000m, 1_200, YoungUnder25, Voluntary, local: vouchers);
        b.Offer(null, OwnProduction, 1_200_000m, 300, LongTermUnemployed, Voluntary, local: lisa);
        b.Offer(null, Partnership, 800_000m, 250, YoungUnder30, Voluntary, local: workshops);
        b.Offer("wage-subsidy", OwnProduction, 8_000_000m, 900, LongTermUnemployed | PartiallyAbleToWork, AppropriationBound);
        b.Offer("start-up-grant", OwnProduction, 900_000m, 150, StartUps, AppropriationBound);
        var training = b.Offer("labour-market-training", PurchasedService, 3_000_000m, 400, NewlyUnemployed | YoungUnder30, AppropriationBound, unit: VolumeUnit.Places);
        var coaching = b.Offer("job-search-coaching", PurchasedService, 1_400_000m, 800, NewlyUnemployed, AppropriationBound);
        b.Offer("multisectoral-employment-plan", Partnership, 1_000_000m, 700, LongTermUnemployed, AppropriationBound, producer: "TYP, Päijät-Hämeen hyvinvointialue");
        b.Offer(null, OwnProduction, 24_000_000m, null, LongTermUnemployed, AppropriationIndependent, local: share, note: "Työttömyysturvan rahoitusvastuu");
        b.Offer("job-matching", OwnProduction, 5_800_000m, 14_000, NewlyUnemployed | YoungUnder25 | Employers, AppropriationIndependent, note: "Lakisääteinen palvelutaso");
        var change = b.Offer("change-security", PurchasedService, 300_000m, 80, Over55, NeedBased);
        b.Offer("joint-purchase-training", PurchasedService, 200_000m, 40, Employers, NeedBased, unit: VolumeUnit.Places);
        var integration = b.Offer("integration-training", PurchasedService, 500_000m, 150, Immigrants, NeedBased, unit: VolumeUnit.Places);
        b.Offer(null, Partnership, 0m, null, None, Commissioned, local: region, note: "Määrä avoin (X milj. euroa)");
        b.Procure(training, Training, 3_000_000m, Open, "Työvoimakoulutukset", tender: new(2025, 2, 1), months: 24);
        b.Procure(coaching, Coaching, 1_400_000m, DynamicPurchasingSystem, "Työnhakuvalmennus", tender: new(2025, 3, 1), months: 36);
        b.Procure(change, Training, 300_000m, SmallProcurement, "Muutosturvakoulutus", tender: new(2025, 4, 1), months: 12);
        b.Procure(integration, Training, 500_000m, Restricted, "Kotoutumiskoulutus", tender: new(2025, 5, 1), months: 24);
    }

    /// <summary>Vaasa seed 004: Pohjanmaa ELY's 2022 purchases (training 5 603 422 € incl. joint purchase 248 226,77 €; coaching and trials 1 435 118 €).</summary>
    private static void Pohjanmaa(B b)
    {
        const string ely = "Pohjanmaan ELY 2022 TE-palveluhankinnat";
        b.Offer("job-matching", OwnProduction, 3_900_000m, 9_000, NewlyUnemployed | Employers, note: "Palvelut suomeksi ja ruotsiksi (demo)");
        var startUp = b.Offer("start-up-grant", OwnProduction, 650_000m, 110, StartUps);
        var training = b.Offer("labour-market-training", PurchasedService, 5_355_195.23m, null, LongTermUnemployed | Immigrants, note: ely, demo: false);
        var joint = b.Offer("joint-purchase-training", PurchasedService, 248_226.77m, null, Employers, note: ely, demo: false);
        var coaching = b.Offer("job-coaching", PurchasedService, 1_435_118m, null, YoungUnder30 | LongTermUnemployed, note: ely + " (valmennukset ja kokeilut)", demo: false);
        var assessment = b.Offer("expert-assessment", PurchasedService, 380_000m, 250, PartiallyAbleToWork);
        b.Procure(training, Training, 5_355_195.23m, Open, "Työvoimakoulutukset / Arbetskraftsutbildningar", tender: new(2025, 3, 1), months: 24, demo: false);
        b.Procure(joint, Training, 248_226.77m, Negotiated, "Yhteishankintakoulutukset / Gemensamt upphandlade utbildningar", tender: new(2025, 4, 1), months: 12, demo: false);
        b.Procure(coaching, Coaching, 1_435_118m, DynamicPurchasingSystem, "Valmennukset ja kokeilut / Träningar och prövningar", tender: new(2025, 2, 1), months: 36, demo: false);
        b.Procure(assessment, WorkAbilityAssessment, 380_000m, SmallProcurement, "Työkyvyn arviointi / Bedömning av arbetsförmåga", tender: new(2025, 5, 1), months: 24);
        b.Procure(startUp, StartUpGrantStatement, 120_000m, DirectAward, "Starttirahalausunnot / Utlåtanden om startpeng", supplier: "(demo)", months: 12);
    }

    /// <summary>Espoo seed 001: Omnia as in-house entity; services by agreement with Helsinki and Vantaa; Business Espoo; Ohjaamotalo.</summary>
    private static void Espoo(B b)
    {
        const string omnia = "Omnia (Espoon kaupungin sidosyksikkö)";
        b.Offer("job-matching", OwnProduction, 3_200_000m, 12_000, NewlyUnemployed | Employers | HighlyEducated);
        b.Offer("labour-market-training", InHouseEntity, 1_800_000m, 300, LongTermUnemployed | Immigrants, producer: omnia, unit: VolumeUnit.Places);
        b.Offer("integration-training", InHouseEntity, 1_100_000m, 250, Immigrants, producer: omnia, unit: VolumeUnit.Places);
        b.Offer("international-recruitment", OtherAuthority, 150_000m, 80, Employers, producer: "Helsinki ja Vantaa erillisen sopimuksen mukaan");
        b.Offer("employer-advice", Partnership, 240_000m, 1_500, Employers | StartUps, producer: "Business Espoo");
        var career = b.Offer("career-coaching", PurchasedService, 350_000m, 220, HighlyEducated);
        var ohjaamo = b.Local(ServiceGroup.SupportingWorkAbility, ServiceAudience.Jobseeker, "Ohjaamotalo", "Ohjaamohuset", "Ohjaamo house");
        b.Offer(null, Partnership, 420_000m, 1_800, YoungUnder30, local: ohjaamo);
        b.Procure(career, Coaching, 350_000m, Restricted, "Uravalmennus korkeasti koulutetuille", tender: new(2025, 3, 1), months: 24);
    }
}
