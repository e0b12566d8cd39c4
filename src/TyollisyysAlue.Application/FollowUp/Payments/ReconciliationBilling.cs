using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp.Payments;

/// <summary>
/// Keeps a year's reconciliation invoices and refunds in the payments ledger in step with the reconciliation in force:
/// settled → one invoice (or negative invoice, a credit note) per member with a non-zero balance, due
/// <see cref="ReconciliationInvoices.DueDays"/> days after the reconciliation was recorded; carried to a later year,
/// cancelled or not computable → none. Saving the reconciliation again updates the amounts in place (audited).
/// Staged on the caller's write context; the caller saves.
/// </summary>
public static class ReconciliationBilling
{
    public static async Task StageAsync(IAppDbContext db, Guid areaId, int year, YearEndReconciliation? record, YearEndView? view, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.MemberInvoices.Where(i => i.Year == year && i.Kind == InvoiceKind.Reconciliation).ToListAsync(ct);
        var settled = record is { CancelledAt: null, CarryToYear: null } && view is { Final: not null };
        var wanted = settled
            ? ReconciliationInvoices.From(view!.Settlements, HelsinkiTime.DayOf(record!.CostRecordedAt ?? now))
            : [];
        foreach (var stale in existing.Where(i => wanted.All(w => w.Code != i.MunicipalityCode)))
            db.MemberInvoices.Remove(stale);
        foreach (var invoice in wanted)
        {
            if (existing.FirstOrDefault(i => i.MunicipalityCode == invoice.Code) is { } current)
            {
                current.Amount = invoice.Amount.ToEuros();
                current.DueDate = invoice.DueDate;
                current.ReconciliationId = record!.Id;
            }
            else
                db.MemberInvoices.Add(new MemberInvoice(Guid.NewGuid(), areaId, invoice.Code, year, ReconciliationInvoices.Month, InvoiceKind.Reconciliation,
                    invoice.Amount.ToEuros(), invoice.DueDate) { ReconciliationId = record!.Id });
        }
    }
}
