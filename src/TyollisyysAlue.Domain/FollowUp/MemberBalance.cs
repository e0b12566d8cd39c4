using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>
/// A member's account with the area for a year: invoiced, paid, open, and what is overdue on a given day. Payments
/// settle the oldest due invoices first, so the overdue part is what fell due before today and is still unpaid.
/// </summary>
public sealed record MemberBalance(Money Invoiced, Money Due, Money Paid, Money Overdue, DateOnly? OldestUnpaidDue)
{
    /// <summary>Invoiced − paid: positive is owed to the area, negative is paid in advance or a refund due.</summary>
    public Money Open => Invoiced - Paid;

    public bool IsOverdue => Overdue > Money.Zero;

    public static MemberBalance Of(IEnumerable<(DateOnly DueDate, Money Amount)> invoices, IEnumerable<Money> payments, DateOnly today)
    {
        var ordered = invoices.OrderBy(i => i.DueDate).ToList();
        var paid = Money.Sum(payments);
        var invoiced = Money.Sum(ordered.Select(i => i.Amount));
        var due = Money.Sum(ordered.Where(i => i.DueDate < today).Select(i => i.Amount));
        var overdue = due > paid ? due - paid : Money.Zero;
        // The oldest invoice not covered by the payments (oldest first).
        DateOnly? oldest = null;
        var left = paid;
        foreach (var (date, amount) in ordered.Where(i => i.DueDate < today))
        {
            if (left >= amount) { left -= amount; continue; }
            oldest = date;
            break;
        }
        return new MemberBalance(invoiced, due, paid, overdue, oldest);
    }
}
