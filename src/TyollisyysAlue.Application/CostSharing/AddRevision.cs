using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>Planners record a revision of the year's appropriations; revisions follow each other month by month.</summary>
public sealed class AddRevision : WriteUseCase<RevisionForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RevisionForm form, CancellationToken ct)
    {
        if (await write.Db.BudgetRevisions.AnyAsync(r => r.Year == form.Year && r.FromMonth >= form.FromMonth && r.CancelledAt == null, ct))
            return write.Refuse(nameof(form.FromMonth), "Validation.RevisionOrder");
        var revision = new BudgetRevision(Guid.NewGuid(), write.AreaId, form.Year, form.FromMonth, form.SharedCost, form.DecisionReference.Trim());
        write.Db.BudgetRevisions.Add(revision);
        return write.Save(revision);
    }
}
