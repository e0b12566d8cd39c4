using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Web.Components.Pages.Plan;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>Issue 15.5 on screen: a linked metric's chart and table in the goals tab, its latest value in the checklist.</summary>
public class GoalMetricViewTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    private async Task<(Guid Area, UseCases Planner)> AreaWithLinkedMetricAsync()
    {
        await Database.EnsureIndicatorsAsync();
        var (area, planner) = await EnterNewAreaAsPlannerAsync();
        await using (var db = Database.CreateContext(area))
        {
            var member = db.Memberships.Single().MunicipalityCode;
            foreach (var (month, value) in new[] { (1, 1_000m), (2, 980m), (3, 950m) })
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Unemployed, member, new DateOnly(2025, month, 1), value, "Tilastokeskus 12r5", false));
            await db.SaveChangesAsync();
        }
        var goal = Assert.IsType<WriteOutcome<GoalForm>.Saved>(await planner.Get<SaveGoal>().RunAsync(new GoalForm { Group = "Elinvoima", Title = "Työllisyyden parantaminen" }));
        Assert.IsType<WriteOutcome<MetricForm>.Saved>(await planner.Get<SaveMetric>().RunAsync(new MetricForm
        {
            GoalId = goal.Id, Name = "Työttömät työnhakijat", SeriesIndicator = Indicator.Unemployed, BaselineValue = 1_000m, TargetValue = 900m,
        }));
        return (area, planner);
    }

    [Fact]
    public async Task The_goals_tab_shows_a_linked_metrics_chart_with_downloads_and_its_values_as_a_table()
    {
        await AreaWithLinkedMetricAsync();
        var panel = Render<GoalsPanel>();
        await panel.WaitForAssertionAsync(() => Assert.NotEmpty(panel.FindAll("[data-testid=metric-table] tbody tr")));

        var rows = panel.FindAll("[data-testid=metric-table] tbody tr").Select(r => r.TextContent.Replace('\u00A0', ' ')).ToList();
        Assert.Equal(["3/2025950", "2/2025980", "1/20251 000"], rows);
        Assert.Contains("viimeisin 950 (3/2025; lähde: Tilastokeskus 12r5)", panel.Find("[data-testid=metric-latest]").TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Equal(Text("Plan.MetricShareOfWay", Text("Plan.MetricStatus.TowardTarget"), "50 %"), panel.Find("[data-testid=metric-status]").TextContent.Replace('\u00A0', ' '));
        Assert.NotNull(panel.Find("[data-testid=metric-chart]"));
        Assert.NotNull(panel.Find("[data-testid=chart-png]"));
        Assert.NotNull(panel.Find("[data-testid=chart-svg]"));
        // The chart's text alternative names the latest value, for those who do not see the lines.
        Assert.Contains("950", panel.Find("[data-testid=metric-chart]").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checklist_shows_the_latest_value_with_its_period_and_source()
    {
        var (_, planner) = await AreaWithLinkedMetricAsync();
        var draft = Assert.IsType<WriteOutcome<NewVersionForm>.Saved>(await planner.Get<StartVersion>().RunAsync(new NewVersionForm
        {
            Label = "1.0", Title = "Järjestämissuunnitelma", VersionDate = new DateTime(2025, 1, 15), Language = "fi",
        }));

        var checklist = Render<ChecklistPanel>(ps => ps.Add(p => p.VersionId, draft.Id));
        await checklist.WaitForAssertionAsync(() => Assert.NotEmpty(checklist.FindAll("[data-testid=checklist-metric]")));
        var item = checklist.Find("[data-testid=checklist-metric]").TextContent.Replace('\u00A0', ' ');
        Assert.Contains("Työttömät työnhakijat", item, StringComparison.Ordinal);
        Assert.Contains("viimeisin 950 (3/2025; lähde: Tilastokeskus 12r5)", item, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_metric_editor_links_a_series_of_the_area_and_offers_only_those()
    {
        var (_, planner) = await AreaWithLinkedMetricAsync();
        RenderProviders();
        var book = await planner.Get<PlanGoalsQuery>().LoadAsync();
        var form = MetricForm.From(book.Metrics.Single());
        var saved = 0;
        var editor = Render<GoalEditor>(ps => ps.Add(p => p.Edit, new GoalEdit(null, form, null)).Add(p => p.OnSaved, () => saved++));
        await editor.WaitForAssertionAsync(() => Assert.NotEmpty(editor.FindAll("[data-testid=metric-baseline-value]")));

        editor.Find("input[data-testid=metric-target-value]").Change("850");
        editor.Find("form").Submit();
        await editor.WaitForAssertionAsync(() => Assert.Equal(1, saved));
        var metric = (await planner.Get<PlanGoalsQuery>().LoadAsync()).Metrics.Single();
        Assert.Equal((Indicator.Unemployed, 850m, (MunicipalityCode?)null), (metric.SeriesIndicatorCode, metric.TargetValue, metric.SeriesMunicipality));
    }
}
