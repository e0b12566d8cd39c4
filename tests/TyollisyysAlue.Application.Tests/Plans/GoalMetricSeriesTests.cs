using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>Issue 15.5: a goal's metric linked to a series the area has, and its values over time on PostgreSQL.</summary>
[Collection(DatabaseCollection.Name)]
public class GoalMetricSeriesTests(DatabaseFixture fixture)
{
    /// <summary>An area of two members with unemployed jobseekers for three months and a rate for one member.</summary>
    private async Task<(Guid Area, MunicipalityCode First, MunicipalityCode Second, UseCases Planner)> AreaWithSeriesAsync()
    {
        await fixture.EnsureIndicatorsAsync();
        var (area, first, second) = await fixture.CreateTwoMemberAreaAsync();
        await using (var db = fixture.CreateContext(area))
        {
            foreach (var (month, a, b) in new[] { (1, 1_000m, 500m), (2, 980m, 490m), (3, 950m, 470m) })
            {
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Unemployed, first, new DateOnly(2025, month, 1), a, "Tilastokeskus 12r5", false));
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Unemployed, second, new DateOnly(2025, month, 1), b, "Tilastokeskus 12r5", false));
            }
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.UnemploymentRate, first, new DateOnly(2025, 3, 1), 9.4m, "käsin", true));
            await db.SaveChangesAsync();
        }
        return (area, first, second, await UseCases.ForAsync(fixture, area, "planner@example.fi", AreaRole.Planner));
    }

    private static async Task<Guid> GoalAsync(UseCases planner) =>
        Assert.IsType<WriteOutcome<GoalForm>.Saved>(await planner.Get<SaveGoal>().RunAsync(new GoalForm { Group = "Elinvoima", Title = "Työllisyyden parantaminen" })).Id;

    private static MetricForm Linked(Guid goal, string indicator, string? member = null) => new()
    {
        GoalId = goal, Name = "Työttömät työnhakijat", Baseline = "1 500", Target = "1 350", TargetYear = 2027,
        SeriesIndicator = indicator, SeriesMember = member, BaselineValue = 1_500m, TargetValue = 1_350m,
    };

    [Fact]
    public async Task A_metric_linked_to_the_area_total_shows_its_values_over_time_against_baseline_and_target()
    {
        var (_, _, _, planner) = await AreaWithSeriesAsync();
        var goal = await GoalAsync(planner);
        var saved = Assert.IsType<WriteOutcome<MetricForm>.Saved>(await planner.Get<SaveMetric>().RunAsync(Linked(goal, Indicator.Unemployed)));

        var book = await planner.Get<PlanGoalsQuery>().LoadAsync();
        var metric = Assert.Single(book.Metrics);
        Assert.Equal((saved.Id, Indicator.Unemployed, (MunicipalityCode?)null), (metric.Id, metric.SeriesIndicatorCode, metric.SeriesMunicipality));
        var values = Assert.Single(await planner.Get<MetricValuesQuery>().LoadAsync(book.Metrics));
        Assert.Equal([1_500m, 1_470m, 1_420m], values.Progress.Points.Select(p => p.Value));
        Assert.Equal(new MetricPoint(new DateOnly(2025, 3, 1), 1_420m), values.Progress.Latest);
        Assert.Equal(MetricStatus.TowardTarget, values.Progress.Status);
        Assert.Equal(("3/2025", "1\u00A0420", "Tilastokeskus 12r5"), (values.Period(values.Progress.Latest!.Value.Period), values.Figure(1_420m), values.LatestSource));

        // As of a day in March only January and February have ended.
        var asOf = Assert.Single(await planner.Get<MetricValuesQuery>().LoadAsync(book.Metrics, new DateOnly(2025, 3, 15)));
        Assert.Equal(1_470m, asOf.Progress.Latest!.Value.Value);
    }

    [Fact]
    public async Task A_metric_follows_one_member_and_a_percentage_only_per_member()
    {
        var (_, first, _, planner) = await AreaWithSeriesAsync();
        var goal = await GoalAsync(planner);
        var save = planner.Get<SaveMetric>();

        var total = await save.RunAsync(Linked(goal, Indicator.UnemploymentRate));
        var error = Assert.Single(Assert.IsType<WriteOutcome<MetricForm>.Invalid>(total).Errors);
        Assert.Equal((nameof(MetricForm.SeriesMember), "Plan.Validation.SeriesNeedsMember"), (error.PropertyName, error.ErrorCode));

        var form = Linked(goal, Indicator.UnemploymentRate, first.Value);
        (form.BaselineValue, form.TargetValue) = (10m, 8.5m);
        Assert.IsType<WriteOutcome<MetricForm>.Saved>(await save.RunAsync(form));
        var values = Assert.Single(await planner.Get<MetricValuesQuery>().LoadAsync((await planner.Get<PlanGoalsQuery>().LoadAsync()).Metrics));
        Assert.Equal((first, "9,4 %", "käsin", true), (values.Member!.Code, values.Figure(values.Progress.Latest!.Value.Value), values.LatestSource, values.LatestIsDemo));
        Assert.Equal(MetricStatus.TowardTarget, values.Progress.Status);
    }

    [Fact]
    public async Task A_series_the_area_does_not_have_or_a_municipality_outside_it_is_a_field_error_and_nothing_is_saved()
    {
        var (_, _, _, planner) = await AreaWithSeriesAsync();
        var goal = await GoalAsync(planner);
        var save = planner.Get<SaveMetric>();

        var missing = Assert.IsType<WriteOutcome<MetricForm>.Invalid>(await save.RunAsync(Linked(goal, Indicator.ForeignLanguage)));
        Assert.Equal((nameof(MetricForm.SeriesIndicator), "Plan.Validation.SeriesUnknown"), (missing.Errors[0].PropertyName, missing.Errors[0].ErrorCode));
        var outsider = await fixture.NewMunicipalityAsync();
        var stranger = Assert.IsType<WriteOutcome<MetricForm>.Invalid>(await save.RunAsync(Linked(goal, Indicator.Unemployed, outsider)));
        Assert.Equal((nameof(MetricForm.SeriesMember), "Plan.Validation.SeriesMemberUnknown"), (stranger.Errors[0].PropertyName, stranger.Errors[0].ErrorCode));
        Assert.Empty((await planner.Get<PlanGoalsQuery>().LoadAsync()).Metrics);

        var choices = await planner.Get<MetricSeriesChoicesQuery>().LoadAsync();
        Assert.Contains(choices.Indicators, i => i.Code == Indicator.Unemployed);
        Assert.DoesNotContain(choices.Indicators, i => i.Code == Indicator.ForeignLanguage);
    }

    [Fact]
    public async Task A_linked_metric_is_changed_with_its_version_and_a_stale_editor_gets_the_conflict()
    {
        var (_, first, _, planner) = await AreaWithSeriesAsync();
        var goal = await GoalAsync(planner);
        var save = planner.Get<SaveMetric>();
        var saved = Assert.IsType<WriteOutcome<MetricForm>.Saved>(await save.RunAsync(Linked(goal, Indicator.Unemployed)));
        MetricForm Edit(string? member)
        {
            var form = Linked(goal, Indicator.Unemployed, member);
            (form.Id, form.Version) = (saved.Id, saved.Version);
            return form;
        }
        Assert.IsType<WriteOutcome<MetricForm>.Saved>(await save.RunAsync(Edit(first.Value)));
        // Another editor still at the first version: refused with the other person's link, nothing overwritten.
        var conflict = Assert.IsType<WriteOutcome<MetricForm>.Conflict>(await save.RunAsync(Edit(null)));
        Assert.Equal(first.Value, conflict.Theirs!.SeriesMember);
        Assert.Equal(first, (await planner.Get<PlanGoalsQuery>().LoadAsync()).Metrics.Single().SeriesMunicipality);
    }

    [Fact]
    public async Task A_user_of_another_area_neither_sees_nor_changes_the_metric_and_cannot_link_to_the_areas_series()
    {
        var (_, _, _, planner) = await AreaWithSeriesAsync();
        var goal = await GoalAsync(planner);
        var saved = Assert.IsType<WriteOutcome<MetricForm>.Saved>(await planner.Get<SaveMetric>().RunAsync(Linked(goal, Indicator.Unemployed)));

        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UseCases.ForAsync(fixture, other, "other@example.fi", AreaRole.Planner);
        Assert.Empty((await outsider.Get<PlanGoalsQuery>().LoadAsync()).Metrics);
        // Changing the metric or adding one to the other area's goal: the goal is not found there, nothing is written.
        var theirs = Linked(goal, Indicator.Unemployed);
        (theirs.Id, theirs.Version, theirs.TargetValue) = (saved.Id, saved.Version, 1m);
        var changed = Assert.IsType<WriteOutcome<MetricForm>.Invalid>(await outsider.Get<SaveMetric>().RunAsync(theirs));
        Assert.Equal("Plan.Error.GoalGone", changed.Errors[0].ErrorCode);
        var forged = Assert.IsType<WriteOutcome<MetricForm>.Invalid>(await outsider.Get<SaveMetric>().RunAsync(Linked(goal, Indicator.Unemployed)));
        Assert.Equal("Plan.Error.GoalGone", forged.Errors[0].ErrorCode);
        var own = Assert.Single((await planner.Get<PlanGoalsQuery>().LoadAsync()).Metrics);
        Assert.Equal(1_350m, own.TargetValue);
        Assert.DoesNotContain((await outsider.Get<MetricSeriesChoicesQuery>().LoadAsync()).Indicators, i => i.Code == Indicator.Unemployed);
    }

    [Fact]
    public async Task The_checklist_shows_the_latest_value_and_flags_a_linked_metric_without_values()
    {
        var (_, _, second, planner) = await AreaWithSeriesAsync();
        var goal = await GoalAsync(planner);
        Assert.IsType<WriteOutcome<MetricForm>.Saved>(await planner.Get<SaveMetric>().RunAsync(Linked(goal, Indicator.Unemployed)));
        // The area has an unemployment rate (of its first member), the second member has no value of it yet.
        var empty = Linked(goal, Indicator.UnemploymentRate, second.Value);
        (empty.Name, empty.BaselineValue, empty.TargetValue) = ("Työttömyysaste", 10m, 8m);
        Assert.IsType<WriteOutcome<MetricForm>.Saved>(await planner.Get<SaveMetric>().RunAsync(empty));
        var plan = new PlanServicesForTests(fixture, planner.Context.AreaId!.Value, "planner@example.fi");
        var draft = await plan.NewDraftAsync();

        var view = (await planner.Get<PlanChecklistQuery>().LoadAsync(draft.Version.Id))!;
        var latest = view.Metrics.Single(m => m.Metric.Name == "Työttömät työnhakijat");
        Assert.Equal(1_420m, latest.Progress.Latest!.Value.Value);
        Assert.Equal("viimeisin 1\u00A0420 (3/2025; lähde: Tilastokeskus 12r5)", MetricWording.Latest(latest, TyollisyysAlue.Texts.TextTable.In("fi")));
        Assert.DoesNotContain(view.Items, i => i.Problem == ChecklistProblem.MetricWithoutValues && i.Subject == "Työttömät työnhakijat");
        Assert.Contains(view.Items, i => i.Problem == ChecklistProblem.MetricWithoutValues && i.Subject == "Työttömyysaste");
        Assert.Equal(MetricStatus.NoData, view.Metrics.Single(m => m.Metric.Name == "Työttömyysaste").Progress.Status);
    }

    [Fact]
    public async Task The_goal_metrics_live_table_shows_the_values_of_periods_ended_by_the_versions_date()
    {
        var (area, _, _, planner) = await AreaWithSeriesAsync();
        var goal = await GoalAsync(planner);
        Assert.IsType<WriteOutcome<MetricForm>.Saved>(await planner.Get<SaveMetric>().RunAsync(Linked(goal, Indicator.Unemployed)));
        var plan = new PlanServicesForTests(fixture, area, "planner@example.fi");

        var table = await plan.Renderer.RenderAsync(new LiveBlockRef((int)LiveBlockKind.GoalMetrics, 2025), new DateOnly(2025, 3, 10), "fi");
        var row = Assert.Single(table.Rows);
        Assert.Equal(["Työllisyyden parantaminen", "Työttömät työnhakijat", "Työttömät työnhakijat ja palveluissa olevat, koko alue (jäsenkuntien summa)", "1\u00A0500", "1\u00A0350 (2027)", "1\u00A0470", "2/2025", "Tilastokeskus 12r5"],
            row.Take(8));
        Assert.Equal("Tavoitteiden mittarit 2025", table.Caption);
    }
}
