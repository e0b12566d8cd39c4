using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Municipalities;

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

/// <summary>A member's statement: its account for the year and the language it is written in ("fi" or "sv", by the member).</summary>
public sealed record MemberStatement(int Year, DateOnly Today, MemberAccount Account, string Language);

public sealed class PaymentsQuery(IAppDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>
    /// The statement of one member (null: not a member in the year). Written in Swedish for a Swedish-speaking or
    /// Swedish-majority bilingual municipality, otherwise in Finnish — by the member, not by the reader's UI language.
    /// </summary>
    public async Task<MemberStatement?> StatementAsync(int year, MunicipalityCode code, CancellationToken ct = default)
    {
        var report = await LoadAsync(year, ct);
        if (report.Members.FirstOrDefault(m => m.Member.Code == code) is not { } account) return null;
        await using var db = await contexts.CreateAsync(ct);
        var status = await db.Municipalities.AsNoTracking().Where(m => m.Code == code).Select(m => m.LanguageStatus).FirstOrDefaultAsync(ct);
        var language = status is LanguageStatus.Swedish or LanguageStatus.BilingualSwedishMajority ? "sv" : "fi";
        return new MemberStatement(year, report.Today, account, language);
    }

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
