using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Application.CostSharing.Cancelling;

/// <summary>
/// A planner cancels the year's recorded reconciliation with a reason: it stays visible as cancelled (who, when, why),
/// a balance it carried to a later year is no longer carried, and its invoices and refunds are removed from the
/// payments ledger (audited). A payment a member already made against one stays recorded and shows as credit in the
/// member's open balance. The year may then be reconciled anew.
/// </summary>
public sealed class CancelReconciliation : WriteUseCase<CancelForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, CancelForm form, CancellationToken ct)
    {
        var record = await write.Db.Reconciliations.FirstOrDefaultAsync(r => r.Id == form.Id, ct);
        if (record is null) return write.Gone();
        write.Expect(record, form.Version);
        if (record.Cancelled is not null) return write.Refuse(nameof(form.Reason), Cancellation.AlreadyCancelled);
        record.Cancel(write.UserName, write.Now, form.Reason);
        await ReconciliationBilling.StageAsync(write.Db, write.AreaId, record.Year, record, null, write.Now, ct);
        return write.Save(record);
    }
}
