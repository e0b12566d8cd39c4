using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Domain.Tests.Plans;

public class PlanChecklistTests
{
    private static readonly DateOnly Today = new(2025, 3, 1);
    private static readonly Guid Area = Guid.NewGuid();
    private readonly PlanVersion _version = new(Guid.NewGuid(), Area, "2.0", new DateOnly(2025, 1, 15), "fi", "Suunnitelma");

    private List<PlanSection> AllStatutoryWritten() => StatutorySections.All
        .Select((p, i) => new PlanSection(Guid.NewGuid(), Area, _version.Id, null, i, "Kohta " + p.Letter(), "Tekstiä.", p)).ToList();

    private IReadOnlyList<ChecklistItem> Check(List<PlanSection> sections, List<PlanGoal>? goals = null, List<PlanMetric>? metrics = null,
        List<PlanAction>? actions = null, int comments = 0) =>
        PlanChecklist.Evaluate(_version, sections, goals ?? [], metrics ?? [], actions ?? [], comments, Today);

    [Fact]
    public void A_complete_plan_has_nothing_to_fix()
    {
        Assert.Empty(Check(AllStatutoryWritten()));
    }

    [Fact]
    public void Missing_and_empty_statutory_sections_are_listed()
    {
        var sections = AllStatutoryWritten();
        sections.RemoveAll(s => s.Statutory == StatutorySection.Partners);
        sections.First(s => s.Statutory == StatutorySection.Offices).Body = "  ";
        var items = Check(sections);
        Assert.Contains(items, i => i.Problem == ChecklistProblem.StatutoryMissing && i.Subject == "d");
        Assert.Contains(items, i => i.Problem == ChecklistProblem.StatutoryEmpty && i.Subject == "Kohta c");
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_statutory_section_written_in_its_subsections_or_live_blocks_is_not_empty()
    {
        var sections = AllStatutoryWritten();
        var resources = sections.First(s => s.Statutory == StatutorySection.Resources);
        resources.Body = "";
        resources.LiveBlocks = "3:2025";
        var offices = sections.First(s => s.Statutory == StatutorySection.Offices);
        offices.Body = "";
        sections.Add(new PlanSection(Guid.NewGuid(), Area, _version.Id, offices.Id, 0, "Toimipisteet Kuopiossa", "Asemakatu 7."));
        Assert.Empty(Check(sections));
    }

    [Fact]
    public void Out_of_date_live_blocks_goals_without_metrics_overdue_actions_and_open_comments_are_listed()
    {
        var sections = AllStatutoryWritten();
        sections[0].LiveBlocks = "2:2024";
        var measured = new PlanGoal(Guid.NewGuid(), Area, "Elinvoima", "Työllisyysaste nousee", 0);
        var unmeasured = new PlanGoal(Guid.NewGuid(), Area, "Elinvoima", "Yritykset saavat osaajia", 1);
        var metric = new PlanMetric(Guid.NewGuid(), Area, measured.Id, "Työllisyysaste");
        var late = new PlanAction(Guid.NewGuid(), Area, measured.Id, "Työnantajapalvelumalli") { Deadline = new DateOnly(2025, 2, 1), Status = PlanActionStatus.Ongoing };
        var doneLate = new PlanAction(Guid.NewGuid(), Area, measured.Id, "Valmis") { Deadline = new DateOnly(2025, 1, 1), Status = PlanActionStatus.Done };
        var future = new PlanAction(Guid.NewGuid(), Area, measured.Id, "Tuleva") { Deadline = new DateOnly(2025, 6, 1) };

        var items = Check(sections, [measured, unmeasured], [metric], [late, doneLate, future], comments: 2);

        Assert.Equal(
            [ChecklistProblem.LiveBlockOutOfDate, ChecklistProblem.GoalWithoutMetrics, ChecklistProblem.OverdueAction, ChecklistProblem.UnresolvedComment],
            items.Select(i => i.Problem));
        Assert.Equal("Yritykset saavat osaajia", items[1].Subject);
        Assert.Equal("Työnantajapalvelumalli", items[2].Subject);
        Assert.Equal("2", items[3].Subject);
    }

    [Fact]
    public void An_approved_version_keeps_its_frozen_tables_so_their_year_is_not_flagged()
    {
        var sections = AllStatutoryWritten();
        sections[0].LiveBlocks = "2:2024";
        _version.Submit("p", DateTimeOffset.UnixEpoch);
        _version.Approve("Jaosto", Today, "§ 3");
        Assert.Empty(Check(sections));
    }

    [Fact]
    public void A_metric_linked_to_a_series_without_values_is_listed_and_one_with_values_is_not()
    {
        var goal = new PlanGoal(Guid.NewGuid(), Area, "Elinvoima", "Työllisyyden parantaminen", 0);
        var empty = new PlanMetric(Guid.NewGuid(), Area, goal.Id, "Työttömyysaste") { SeriesIndicatorCode = "unemployment-rate" };
        var measured = new PlanMetric(Guid.NewGuid(), Area, goal.Id, "Työnhakija-asiakkaat") { SeriesIndicatorCode = "unemployed" };
        var items = PlanChecklist.Evaluate(_version, AllStatutoryWritten(), [goal], [empty, measured], [], 0, Today, [empty.Id]);
        var item = Assert.Single(items);
        Assert.Equal((ChecklistProblem.MetricWithoutValues, "Työttömyysaste"), (item.Problem, item.Subject));
    }
}
