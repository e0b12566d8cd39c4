using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.FollowUp;

/// <summary>
/// One year's expenses: the budget (the year's expense lines) and the actuals booked on them from the ledger, through
/// <see cref="ThroughMonth"/> (12 for a closed year; less while the year is under way).
/// </summary>
public sealed record YearBudgetAgainstActual(int Year, decimal Budget, decimal Actual, int ThroughMonth)
{
    public decimal Difference => Actual - Budget;
}

/// <summary>Budget against actual over the years (issue 12, charts over several years): every year that has actuals, oldest first.</summary>
public sealed class BudgetAgainstActualYearsQuery(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<YearBudgetAgainstActual>> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var expenseLines = db.BudgetLines.Where(l => l.Kind == BudgetLineKind.Expense);
        var actuals = await db.LedgerEntries.Where(e => expenseLines.Any(l => l.Id == e.BudgetLineId))
            .GroupBy(e => e.Year).Select(g => new { Year = g.Key, Sum = g.Sum(e => e.Amount), Through = g.Max(e => e.Month) })
            .ToListAsync(ct);
        var years = actuals.Select(a => a.Year).ToList();
        var budgets = await expenseLines.Join(db.Budgets, l => l.BudgetId, b => b.Id, (l, b) => new { b.Year, l.Amount })
            .Where(x => years.Contains(x.Year)).GroupBy(x => x.Year).Select(g => new { Year = g.Key, Sum = g.Sum(x => x.Amount) })
            .ToDictionaryAsync(x => x.Year, x => x.Sum, ct);
        return actuals.OrderBy(a => a.Year)
            .Select(a => new YearBudgetAgainstActual(a.Year, budgets.GetValueOrDefault(a.Year), a.Sum, a.Through)).ToList();
    }
}
