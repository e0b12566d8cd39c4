using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp.Payments;

/// <summary>
/// Brings a year's advance invoices in line with the schedule (after the revisions in force): months whose advance
/// changed get the new amount, missing months are invoiced (due on <paramref name="dueDay"/>), nothing is invoiced
/// twice. Staged on the caller's write context; returns the last invoice touched (null: the plan has none).
/// </summary>
public static class AdvanceInvoicing
{
    public const int DefaultDueDay = 15;

    public static async Task<MemberInvoice?> StageAsync(IAppDbContext db, Guid areaId, int year, AdvancePlan plan, int? dueDay, CancellationToken ct)
    {
        var existing = await db.MemberInvoices.Where(i => i.Year == year && i.Kind == InvoiceKind.Advance)
            .ToDictionaryAsync(i => (i.MunicipalityCode, i.Month), ct);
        MemberInvoice? last = null;
        foreach (var member in plan.Municipalities)
        {
            for (var month = 1; month <= member.Instalments.Count; month++)
            {
                var amount = member.Instalments[month - 1].ToEuros();
                if (existing.TryGetValue((member.Code, month), out var invoice))
                {
                    invoice.Amount = amount;
                    // A recomputation (e.g. after a cancelled revision) keeps the due dates the members were given.
                    if (dueDay is { } day) invoice.DueDate = new DateOnly(year, month, day);
                }
                else db.MemberInvoices.Add(invoice = new MemberInvoice(Guid.NewGuid(), areaId, member.Code, year, month, InvoiceKind.Advance, amount,
                    new DateOnly(year, month, dueDay ?? DefaultDueDay)));
                last = invoice;
            }
        }
        return last;
    }
}
