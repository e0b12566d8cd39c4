using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Application.CostSharing.Cancelling;

/// <summary>
/// A planner cancels a recorded revision with a reason: it stays listed as cancelled (who, when, why) and no longer
/// changes the schedule. The advance invoices already in the payments ledger follow the recomputed schedule: each
/// month's invoice gets the schedule's amount again (before → after in the audit log), keeping its due date; payments
/// received stay as they are and count against the new amounts in the open balance.
/// </summary>
public sealed class CancelRevision : WriteUseCase<CancelForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, CancelForm form, CancellationToken ct)
    {
        var db = write.Db;
        var revision = await db.BudgetRevisions.FirstOrDefaultAsync(r => r.Id == form.Id, ct);
        if (revision is null) return write.Gone();
        write.Expect(revision, form.Version);
        if (revision.Cancelled is not null) return write.Refuse(nameof(form.Reason), Cancellation.AlreadyCancelled);
        revision.Cancel(write.UserName, write.Now, form.Reason);

        var invoiced = await db.MemberInvoices.AnyAsync(i => i.Year == revision.Year && i.Kind == Domain.FollowUp.InvoiceKind.Advance, ct);
        if (invoiced)
        {
            // The schedule without the revision, read in this write's transaction so that it sees the cancellation.
            await db.Database.BeginTransactionAsync(ct);
            await write.SaveSoFarAsync(ct);
            if (await YearSplitQuery.LoadInAsync(db, revision.Year, null, ct) is { Advances: { } plan })
                await IssueAdvanceInvoices.StageInvoicesAsync(db, write.AreaId, revision.Year, plan, null, ct);
        }
        return write.Save(revision);
    }
}
