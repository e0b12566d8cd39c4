using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// Planners add or change a goal's metric (baseline, target and its year, source) and may link it to a series the area
/// has (issue 15.5): an indicator, of one member or the area total, with the baseline and target as figures.
/// </summary>
public sealed class SaveMetric : RowSave<PlanMetric, MetricForm>
{
    protected override DbSet<PlanMetric> Set(IAppDbContext db) => db.PlanMetrics;

    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, MetricForm form, CancellationToken ct)
    {
        var goal = await PlanGoalRules.GoalExistsAsync(write.Db, form.GoalId, nameof(form.Name), ct);
        if (goal.Count > 0 || string.IsNullOrWhiteSpace(form.SeriesIndicator)) return goal;
        return (await MetricSeriesChoices.LoadAsync(write.Db, ct)).Check(form);
    }

    protected override Task<PlanMetric> CreateAsync(WriteContext write, MetricForm form, CancellationToken ct) =>
        Task.FromResult(new PlanMetric(Guid.NewGuid(), write.AreaId, form.GoalId, form.Name));

    protected override void Apply(PlanMetric metric, MetricForm form)
    {
        (metric.Name, metric.Baseline, metric.Target, metric.TargetYear, metric.Source) =
            (form.Name.Trim(), form.Baseline?.Trim(), form.Target?.Trim(), form.TargetYear, form.Source?.Trim());
        var linked = !string.IsNullOrWhiteSpace(form.SeriesIndicator);
        metric.SeriesIndicatorCode = linked ? form.SeriesIndicator!.Trim() : null;
        metric.SeriesMunicipality = linked && MunicipalityCode.TryParse(form.SeriesMember, out var member) ? member : null;
        (metric.BaselineValue, metric.TargetValue) = linked ? (form.BaselineValue, form.TargetValue) : (null, null);
    }

    protected override MetricForm ToForm(PlanMetric metric) => MetricForm.From(metric);
}
