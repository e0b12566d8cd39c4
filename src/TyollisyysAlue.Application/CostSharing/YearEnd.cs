using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>The year-end reconciliation: the final split with actual figures, what each member paid, and the balance.</summary>
public sealed record YearEndView(YearEndReconciliation Record, CostSplit? Final, IReadOnlyList<Settlement> Settlements,
    IReadOnlyList<CostSharingError> Problems)
{
    public Money Balance => Money.Sum(Settlements.Select(s => s.Balance));
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
        var record = await db.Reconciliations.AsNoTracking().FirstOrDefaultAsync(r => r.Year == advance.Year, ct);
        return record is null ? null : await SettleAsync(db, advance, record, ct);
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
        var paid = plan.Municipalities.Select(m => new AdvancePaid(m.Code, m.Total)).ToList();
        return new YearEndView(record, final, Reconciliation.Settle(final, paid), []);
    }
}
