using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// Kuopio's goals in the seed's three groups, the actions its plan schedules (muutosneuvottelut, mittarit, seuranta,
/// hanke, palvelureformi, sijaispankki). Metric baselines come from the seed's Table 1; targets are demo values. The
/// jobseeker metric is linked to the area total of its indicator series.
/// </summary>
internal static class DemoPlanGoals
{
    private static readonly Guid Area = DemoAreas.Kuopio;

    public static (List<PlanGoal> Goals, List<PlanMetric> Metrics, List<PlanAction> Actions) Kuopio()
    {
        var goals = new List<PlanGoal>();
        var metrics = new List<PlanMetric>();
        var actions = new List<PlanAction>();
        PlanGoal Goal(string group, string title)
        {
            var goal = new PlanGoal(Guid.NewGuid(), Area, group, title, goals.Count);
            goals.Add(goal);
            return goal;
        }
        void Action(PlanGoal goal, string text, string owner, DateOnly deadline, PlanActionStatus status) =>
            actions.Add(new PlanAction(Guid.NewGuid(), Area, goal.Id, text) { Owner = owner, Deadline = deadline, Status = status });

        const string Vitality = "Alueen työllisyyttä, elinvoimaa ja kasvua tukevat tavoitteet";
        const string Wellbeing = "Alueen asukkaiden hyvinvointia ja toimeentuloa tukevat tavoitteet";
        const string Renewal = "Palvelujärjestelmän ja palveluiden uudistamiseen liittyvät tavoitteet";

        var employment = Goal(Vitality, "Työllisyyden parantaminen");
        metrics.Add(new PlanMetric(Guid.NewGuid(), Area, employment.Id, "Työnhakija-asiakkaat")
        {
            Baseline = "14 744 (22.11.2024)", Target = "13 500 (demo)", TargetYear = 2027, Source = "Järjestämissuunnitelma, taulukko 1 (Power BI)",
            // Followed in the area's own series (issue 15.5): the members' sum of the indicator Table 1 was seeded into
            // (DemoIndicators), whose November 2024 total is this baseline; the later months are demo values, so marked.
            SeriesIndicatorCode = Indicator.Unemployed, BaselineValue = 14_744m, TargetValue = 13_500m,
        });
        Goal(Vitality, "Osaavan työvoiman saatavuuden turvaaminen");
        var enterprise = Goal(Vitality, "Uuden yritystoiminnan edistäminen");
        metrics.Add(new PlanMetric(Guid.NewGuid(), Area, enterprise.Id, "Myönnetyt starttirahat") { Baseline = "demo: 180", Target = "demo: 200", TargetYear = 2026, Source = "Työllisyysalueen seuranta (demo)" });
        Goal(Vitality, "Yritysten kasvun ja elinvoiman tukeminen");
        Goal(Wellbeing, "Työnhakijoiden työllistymisvalmiuksien parantaminen");
        var youth = Goal(Wellbeing, "Nuorten työllisyyden edistäminen");
        metrics.Add(new PlanMetric(Guid.NewGuid(), Area, youth.Id, "Alle 25-vuotiaat työttömät työnhakijat") { Baseline = "demo: 1 150", Target = "demo: 1 000", TargetYear = 2027, Source = "Työnvälitystilasto, KEHA-keskus (demo)" });
        Goal(Wellbeing, "Työttömyyden vähentäminen");
        var process = Goal(Renewal, "Palveluprosessien asiakaslähtöisyyden, vaikuttavuuden ja kustannustehokkuuden lisääminen");
        var staff = Goal(Renewal, "Osaava ja hyvinvoiva henkilöstö");
        var change = Goal(Renewal, "Hallittu muutoksen johtaminen");

        Action(staff, "Koko henkilöstöä koskevat muutosneuvottelut", "Työllisyyspalvelu", new DateOnly(2025, 3, 31), PlanActionStatus.Done);
        Action(change, "Tavoitteiden seurannan mittarit päätetään", "Työllisyysaluejaosto", new DateOnly(2025, 6, 30), PlanActionStatus.Done);
        Action(change, "Mittareiden lähtötasot muodostetaan", "Työllisyyspalvelu", new DateOnly(2025, 12, 31), PlanActionStatus.Done);
        Action(change, "Systemaattinen seuranta käyntiin", "Työllisyyspalvelu", new DateOnly(2026, 1, 31), PlanActionStatus.Ongoing);
        Action(process, "Yhteisen työllisyyshankkeen suunnittelu", "Työllisyysalueen kunnat", new DateOnly(2025, 6, 30), PlanActionStatus.Done);
        Action(process, "Palvelureformi: toiminnan ja palveluiden sopeuttaminen", "Työllisyyspalvelu", new DateOnly(2026, 12, 31), PlanActionStatus.Ongoing);
        Action(process, "Koko alueen yhteinen sijaispankki", "Työllisyyspalvelu", new DateOnly(2027, 6, 30), PlanActionStatus.Planned);
        Action(employment, "Osaamisperusteisen työnhaun ja rekrytoinnin kehittämishanke", "Kuopion kaupunki", new DateOnly(2026, 12, 31), PlanActionStatus.Ongoing);
        return (goals, metrics, actions);
    }
}
