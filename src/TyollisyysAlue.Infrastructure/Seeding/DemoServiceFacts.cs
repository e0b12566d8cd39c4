using TyollisyysAlue.Domain.Services;
using static TyollisyysAlue.Domain.Procurement.ProcurementCategory;
using static TyollisyysAlue.Domain.Procurement.ProcurementProcedure;
using static TyollisyysAlue.Domain.Services.ProductionMode;
using static TyollisyysAlue.Domain.Services.StatutoryClass;
using static TyollisyysAlue.Domain.Services.TargetGroups;
using B = TyollisyysAlue.Infrastructure.Seeding.DemoServices.Builder;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>The seeds' facts on services and procurement, per demo area (amounts not in a seed are marked demo).</summary>
public static partial class DemoServiceFacts
{
    public static IReadOnlyList<(Guid Area, Action<B> Build)> Areas { get; } =
    [
        (DemoAreas.Porvoo, Porvoo), (DemoAreas.Kuopio, Kuopio), (DemoAreas.Lahti, Lahti),
        (DemoAreas.Pohjanmaa, Pohjanmaa), (DemoAreas.EspooKauniainen, Espoo),
    ];

    /// <summary>Porvoo: the Palvelukartta and the transferring TE services (Kuntaliitto); palvelutori in the members' premises.</summary>
    private static void Porvoo(B b)
    {
        const string bilingual = "Palvelut suomeksi ja ruotsiksi (demo)";
        b.Offer("job-matching", OwnProduction, 1_450_000m, 4_200, NewlyUnemployed | Employers, note: bilingual);
        b.Offer("employment-plan", OwnProduction, 980_000m, 3_800, NewlyUnemployed | LongTermUnemployed);
        b.Offer("wage-subsidy", OwnProduction, 2_300_000m, 260, LongTermUnemployed | PartiallyAbleToWork);
        b.Offer("start-up-grant", OwnProduction, 420_000m, 70, StartUps);
        b.Offer("work-ability-coordinator", OwnProduction, 160_000m, 120, PartiallyAbleToWork);
        b.Offer("multisectoral-employment-plan", Partnership, 210_000m, 300, LongTermUnemployed, producer: "TYP, Itä-Uudenmaan hyvinvointialue");
        var coaching = b.Offer("job-search-coaching", PurchasedService, 180_000m, 150, NewlyUnemployed | YoungUnder30);
        var training = b.Offer("labour-market-training", PurchasedService, 620_000m, 90, LongTermUnemployed, unit: VolumeUnit.Places);
        var integration = b.Offer("integration-training", PurchasedService, 390_000m, 110, Immigrants, unit: VolumeUnit.Places);
        var joint = b.Offer("joint-purchase-training", PurchasedService, 95_000m, 20, Employers, unit: VolumeUnit.Places);
        var tori = b.Local(ServiceGroup.InformationAdviceGuidance, ServiceAudience.Both, "Palvelutori jäsenkunnissa", "Servicetorg i medlemskommunerna", "Service marketplace in member municipalities");
        b.Offer(null, OwnProduction, 85_000m, 900, local: tori, note: "Kunnat osoittavat ja kustantavat tilat");
        b.Procure(coaching, Coaching, 180_000m, DynamicSmallProcurement, "Työnhakuvalmennus fi/sv", tender: new(2025, 2, 1), months: 24);
        b.Procure(training, Training, 620_000m, Open, "Ammatillinen työvoimakoulutus", tender: new(2025, 3, 15), months: 24);
        b.Procure(integration, Training, 390_000m, SmallProcurement, "Kotoutumiskoulutus", tender: new(2025, 4, 1), months: 12);
        b.Procure(joint, Training, 95_000m, SmallProcurement, "Yhteishankintakoulutus (RekryKoulutus)", tender: new(2025, 5, 1), months: 12);
    }

    /// <summary>Kuopio 7.4: purchases per procurement plan 3.106–3.5 M€ (this demo split 3 485 000 €); thresholds 400 000 / 300 000 €.</summary>
    private static void Kuopio(B b)
    {
        b.Offer("job-matching", OwnProduction, 2_100_000m, 15_000, NewlyUnemployed | Employers);
        b.Offer("service-advice", OwnProduction, 650_000m, 10_000, None);
        b.Offer("wage-subsidy", OwnProduction, 3_250_000m, 380, LongTermUnemployed | PartiallyAbleToWork, note: "Talousarvio 3,2–3,3 M€");
        var startUp = b.Offer("start-up-grant", OwnProduction, 900_000m, 140, StartUps, note: "Talousarvio 0,85–0,95 M€");
        var training = b.Offer("labour-market-training", PurchasedService, 1_200_000m, 160, LongTermUnemployed, unit: VolumeUnit.Places);
        var rekry = b.Offer("joint-purchase-training", PurchasedService, 250_000m, 45, Employers, unit: VolumeUnit.Places, note: "RekryKoulutus");
        var change = b.Offer("change-security", PurchasedService, 70_000m, 15, Over55, note: "55 vuotta täyttäneiden muutosturvakoulutus, ulkopuolinen rahoitus", demo: false);
        var entrepreneur = b.Offer("entrepreneurship-training", PurchasedService, 195_000m, 60, StartUps);
        var assessment = b.Offer("expert-assessment", PurchasedService, 420_000m, 300, PartiallyAbleToWork);
        var integration = b.Offer("integration-training", PurchasedService, 600_000m, 120, Immigrants, note: "Verkkokotoutumiskoulutus, Pohjois-Karjalan vetämä yhteishankinta");
        var coaching = b.Offer("job-coaching", PurchasedService, 450_000m, 250, YoungUnder30 | LongTermUnemployed);
        var ohjaamo = b.Local(ServiceGroup.SupportingWorkAbility, ServiceAudience.Jobseeker, "Ohjaamo (Kuopio ja Suonenjoki)", "Ohjaamo (Kuopio och Suonenjoki)", "Ohjaamo one-stop guidance (Kuopio and Suonenjoki)");
        b.Offer(null, Partnership, 310_000m, 900, YoungUnder30, local: ohjaamo);
        b.Procure(training, Training, 1_200_000m, Open, "Ammatilliset työvoimakoulutukset", tender: new(2025, 2, 15), months: 24);
        b.Procure(rekry, Training, 250_000m, Negotiated, "Yhteishankintakoulutukset (RekryKoulutus)", tender: new(2025, 3, 1), months: 12);
        b.Procure(change, Training, 70_000m, SmallProcurement, "Muutosturvakoulutus 55+", supplier: "HankintaSampo", tender: new(2025, 1, 20), months: 12);
        b.Procure(entrepreneur, Training, 180_000m, SmallProcurement, "Yrittäjyyskoulutukset", tender: new(2025, 4, 1), months: 12);
        b.Procure(entrepreneur, Other(), 15_000m, DirectAward, "Yritysidean arviointi", ground: Domain.Procurement.DirectAwardGround.MinorValue, months: 12);
        b.Procure(assessment, WorkAbilityAssessment, 420_000m, DynamicSmallProcurement, "Työkyvyn arvioinnit", tender: new(2025, 2, 1), months: 24);
        b.Procure(integration, Training, 600_000m, Negotiated, "Verkkokotoutumiskoulutus (yhteishankinta)", supplier: "Pohjois-Karjalan hankintayhteistyö", tender: new(2025, 1, 15), months: 36);
        b.Procure(coaching, Coaching, 450_000m, DynamicPurchasingSystem, "Valmennuspalvelut", tender: new(2025, 3, 15), months: 24);
        b.Procure(startUp, StartUpGrantStatement, 300_000m, SmallProcurement, "Starttirahalausunnot", tender: new(2025, 5, 1), months: 24);
    }

    private static Domain.Procurement.ProcurementCategory Other() => OtherSpecificService;
}
