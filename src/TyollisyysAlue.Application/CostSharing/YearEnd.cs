using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>A member's advances as the payments ledger has them: invoiced and the payments received for the year.</summary>
public sealed record AdvanceAccount(Money Invoiced, Money Received);

/// <summary>
/// The year-end reconciliation: the final split with actual figures, the advances each member was invoiced, and the
/// balance. <see cref="Accounts"/> shows beside it what each member was invoiced and has actually paid;
/// <see cref="FromInvoices"/> is false when no advances were invoiced in the ledger and the schedule stood in for them.
/// <see cref="Cancelled"/> lists the year's earlier reconciliations that a planner cancelled.
/// </summary>
public sealed record YearEndView(YearEndReconciliation Record, CostSplit? Final, IReadOnlyList<Settlement> Settlements,
    IReadOnlyList<CostSharingError> Problems)
{
    public Money Balance => Money.Sum(Settlements.Select(s => s.Balance));
    public IReadOnlyDictionary<Domain.Municipalities.MunicipalityCode, AdvanceAccount> Accounts { get; init; } =
        new Dictionary<Domain.Municipalities.MunicipalityCode, AdvanceAccount>();
    public bool FromInvoices { get; init; }
    public IReadOnlyList<YearEndReconciliation> Cancelled { get; init; } = [];

    /// <summary>What a member still owes after the reconciliation: final share − payments received (negative: owed to it).</summary>
    public Money OpenAfter(Settlement settlement) =>
        settlement.FinalCost - (Accounts.TryGetValue(settlement.Code, out var a) ? a.Received : Money.Zero);
}

/// <summary>
/// Recalculates a year with its actual shared cost and actual indicator values — monthly averages over the budget
/// year's own months — and settles it against the advances invoiced (the advance plan after revisions).
/// </summary>
public sealed class YearEndQuery(IAppDbContextFactory contexts)
{
    public async Task<YearEndView?> LoadAsync(YearSplit advance, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var records = await db.Reconciliations.AsNoTracking().Where(r => r.Year == advance.Year).OrderByDescending(r => r.CancelledAt == null).ThenByDescending(r => r.CancelledAt).ToListAsync(ct);
        var cancelled = records.Where(r => r.CancelledAt != null).ToList();
        // A year whose only reconciliations were cancelled shows the latest cancelled one (as cancelled, nothing settled).
        if (records.FirstOrDefault(r => r.CancelledAt == null) is not { } record)
            return cancelled.Count == 0 ? null : new YearEndView(cancelled[0], null, [], []) { Cancelled = cancelled };
        return await SettleAsync(db, advance, record, ct) with { Cancelled = cancelled };
    }

    /// <summary>The year's shared cost computed from its imported actuals; null when there are none to compute from.</summary>
    public async Task<Money?> ActualSharedCostAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return (await ActualSharedCostQuery.ForYearAsync(db, year, ct))?.Amount;
    }

    /// <summary>The reconciliation of <paramref name="record"/> as it stands (also one not saved yet).</summary>
    internal static async Task<YearEndView> SettleAsync(IAppDbContext db, YearSplit advance, YearEndReconciliation record, CancellationToken ct)
    {
        if (advance.Advances is not { } plan) return new YearEndView(record, null, [], advance.Problems);

        var actualCriteria = advance.Criteria
            .Select(c => c.Reference.Kind == IndicatorKind.MonthlyAverage ? c with { Reference = IndicatorReference.MonthsOfYear(advance.Year) } : c)
            .ToList();
        var members = advance.Members.ToList();
        var values = await YearSplitQuery.ValuesAsync(db, members, actualCriteria, ct);
        var problems = values.Where(v => v.Value is null)
            .Select(v => new CostSharingError($"indicators.{v.IndicatorCode}.{v.Code}", "split.indicator-missing", v.Code.Value, v.IndicatorCode)).ToList();
        if (problems.Count > 0) return new YearEndView(record, null, [], problems);

        var input = new CostSplitInput(
            members.Select(m => new MunicipalityIndicators(m.Code, m.NameFi,
                values.Where(v => v.Code == m.Code).ToDictionary(v => v.IndicatorCode, v => v.Value!.Value))).ToList(),
            actualCriteria.Select(c => new Criterion(c.IndicatorCode, c.WeightPercent)).ToList(),
            Money.FromEuros(record.ActualSharedCost) + advance.CarriedIn, [.. advance.DirectCharges, .. advance.Investments]);
        problems.AddRange(CostSplitCalculator.Validate(input));
        if (problems.Count > 0) return new YearEndView(record, null, [], problems);
        var final = CostSplitCalculator.Calculate(input);
        // What was actually invoiced (the ledger's advance invoices) is what the reconciliation settles; payments not
        // received stay open in the ledger and are not invoiced twice. Without invoices the schedule stands in.
        var invoiced = await db.MemberInvoices.AsNoTracking().Where(i => i.Year == advance.Year && i.Kind == InvoiceKind.Advance)
            .GroupBy(i => i.MunicipalityCode).Select(g => new { Code = g.Key, Sum = g.Sum(i => i.Amount) }).ToListAsync(ct);
        var received = await db.MemberPayments.AsNoTracking().Where(p => p.Year == advance.Year)
            .GroupBy(p => p.MunicipalityCode).Select(g => new { Code = g.Key, Sum = g.Sum(p => p.Amount) }).ToListAsync(ct);
        var fromInvoices = invoiced.Count > 0;
        var accounts = plan.Municipalities.ToDictionary(m => m.Code, m => new AdvanceAccount(
            fromInvoices ? Money.FromEuros(invoiced.FirstOrDefault(i => i.Code == m.Code)?.Sum ?? 0m) : m.Total,
            Money.FromEuros(received.FirstOrDefault(r => r.Code == m.Code)?.Sum ?? 0m)));
        var paid = accounts.Select(a => new AdvancePaid(a.Key, a.Value.Invoiced)).ToList();
        return new YearEndView(record, final, Reconciliation.Settle(final, paid), []) { Accounts = accounts, FromInvoices = fromInvoices };
    }
}
