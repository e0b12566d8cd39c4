using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp.Payments;

/// <summary>One member's account for the year.</summary>
public sealed record MemberAccount(SplitMember Member, MemberBalance Balance, IReadOnlyList<MemberInvoice> Invoices, IReadOnlyList<MemberPayment> Payments);

/// <summary>The payments ledger of a year on <see cref="Today"/> (Finnish date from the clock).</summary>
public sealed record PaymentsReport(int Year, DateOnly Today, IReadOnlyList<MemberAccount> Members)
{
    public Money Invoiced => Money.Sum(Members.Select(m => m.Balance.Invoiced));
    public Money Paid => Money.Sum(Members.Select(m => m.Balance.Paid));
    public Money Open => Money.Sum(Members.Select(m => m.Balance.Open));
    public Money Overdue => Money.Sum(Members.Select(m => m.Balance.Overdue));
    public int OverdueMembers => Members.Count(m => m.Balance.IsOverdue);
}

public sealed class PaymentsQuery(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<PaymentsReport> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var members = await YearSplitQuery.MembersOfYearAsync(db, year, ct);
        var invoices = await db.MemberInvoices.AsNoTracking().Where(i => i.Year == year).OrderBy(i => i.Month).ThenBy(i => i.Kind).ToListAsync(ct);
        var payments = await db.MemberPayments.AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.PaidOn).ToListAsync(ct);
        var today = TyollisyysAlue.Domain.Common.HelsinkiTime.Today(clock);
        return new PaymentsReport(year, today, members.Select(m =>
        {
            var own = invoices.Where(i => i.MunicipalityCode == m.Code).ToList();
            var paid = payments.Where(p => p.MunicipalityCode == m.Code).ToList();
            var balance = MemberBalance.Of(own.Select(i => (i.DueDate, Money.FromEuros(i.Amount))), paid.Select(p => Money.FromEuros(p.Amount)), today);
            return new MemberAccount(m, balance, own, paid);
        }).ToList());
    }
}
