using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>
/// The year's actual shared cost from its imported ledger: the budget's formula (<see cref="Budget.ActualSharedCostFor"/>)
/// on what was booked to each line of the main key. Null when nothing is booked for the year, there is no budget or main
/// key, or the bookings make a component negative (a credit larger than the costs): then the planner enters the figure.
/// </summary>
public static class ActualSharedCostQuery
{
    public static async Task<SharedCost?> ForYearAsync(IAppDbContext db, int year, CancellationToken ct)
    {
        var actualByLine = await db.LedgerEntries.AsNoTracking().Where(e => e.Year == year)
            .GroupBy(e => e.BudgetLineId).Select(g => new { Line = g.Key, Amount = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(g => g.Line, g => Money.FromEuros(g.Amount), ct);
        if (actualByLine.Count == 0) return null;
        var budget = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Year == year, ct);
        var mainKey = await db.AllocationKeys.AsNoTracking().Where(k => k.BudgetYear == year && k.IsMain)
            .Select(k => (Guid?)k.Id).FirstOrDefaultAsync(ct);
        if (budget is null || mainKey is null) return null;
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.BudgetId == budget.Id).ToListAsync(ct);
        try
        {
            return Budget.ActualSharedCostFor(lines, mainKey.Value, isMainKey: true, actualByLine);
        }
        catch (DomainException)
        {
            return null;
        }
    }
}
