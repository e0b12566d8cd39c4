using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners add or change a goal's metric (baseline, target and its year, source).</summary>
public sealed class SaveMetric : RowSave<PlanMetric, MetricForm>
{
    protected override DbSet<PlanMetric> Set(IAppDbContext db) => db.PlanMetrics;

    protected override Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, MetricForm form, CancellationToken ct) =>
        PlanGoalRules.GoalExistsAsync(write.Db, form.GoalId, nameof(form.Name), ct);

    protected override Task<PlanMetric> CreateAsync(WriteContext write, MetricForm form, CancellationToken ct) =>
        Task.FromResult(new PlanMetric(Guid.NewGuid(), write.AreaId, form.GoalId, form.Name));

    protected override void Apply(PlanMetric metric, MetricForm form) =>
        (metric.Name, metric.Baseline, metric.Target, metric.TargetYear, metric.Source) =
            (form.Name.Trim(), form.Baseline?.Trim(), form.Target?.Trim(), form.TargetYear, form.Source?.Trim());

    protected override MetricForm ToForm(PlanMetric metric) => MetricForm.From(metric);
}
