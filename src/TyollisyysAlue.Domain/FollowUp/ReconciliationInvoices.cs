using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>One member's reconciliation invoice (positive: the member pays more) or refund (negative: a credit note).</summary>
public sealed record ReconciliationInvoice(MunicipalityCode Code, Money Amount, DateOnly DueDate)
{
    public bool IsRefund => Amount < Money.Zero;
}

/// <summary>
/// The invoices a settled year-end reconciliation makes: each member's balance (final share − advances invoiced) as
/// it is, to the cent — no rounding happens here, so the invoices add up exactly to the reconciliation's total
/// difference. A refund is a negative invoice (credit note) in the same ledger, so the open balance nets it; a member
/// whose balance is zero gets nothing. All fall due <see cref="DueDays"/> days after the reconciliation is recorded.
/// </summary>
public static class ReconciliationInvoices
{
    /// <summary>Days from recording the reconciliation to the due date (the customary payment term of 30 days).</summary>
    public const int DueDays = 30;

    /// <summary>The reconciliation is billed on the year's December account (the month it settles).</summary>
    public const int Month = 12;

    public static IReadOnlyList<ReconciliationInvoice> From(IEnumerable<Settlement> settlements, DateOnly recordedOn)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        return settlements.Where(s => s.Balance != Money.Zero)
            .Select(s => new ReconciliationInvoice(s.Code, s.Balance, recordedOn.AddDays(DueDays)))
            .ToList();
    }
}
