using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners remove a goal's metric.</summary>
public sealed class DeleteMetric : RowDelete<PlanMetric, MetricForm>
{
    protected override DbSet<PlanMetric> Set(IAppDbContext db) => db.PlanMetrics;
    protected override MetricForm ToForm(PlanMetric metric) => MetricForm.From(metric);
}
