using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>The completeness checklist of one version, from the stored sections, goals and comments.</summary>
public sealed class PlanChecklistQuery(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ChecklistItem>> EvaluateAsync(Guid versionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var version = await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null) return [];
        var sections = await db.PlanSections.AsNoTracking().Where(s => s.VersionId == versionId).ToListAsync(ct);
        var unresolved = await db.PlanComments.CountAsync(c => c.VersionId == versionId && c.ParentId == null && c.ResolvedAt == null, ct);
        return PlanChecklist.Evaluate(version, sections, await db.PlanGoals.AsNoTracking().ToListAsync(ct),
            await db.PlanMetrics.AsNoTracking().ToListAsync(ct), await db.PlanActions.AsNoTracking().ToListAsync(ct), unresolved, HelsinkiTime.Today(clock));
    }
}
