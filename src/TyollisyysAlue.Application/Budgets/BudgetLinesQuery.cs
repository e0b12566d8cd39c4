using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Budgets;

/// <summary>The current area's budget of a year and its lines, in the order the page shows them.</summary>
public sealed class BudgetLinesQuery(IAppDbContextFactory contexts)
{
    public async Task<(Budget? Budget, IReadOnlyList<BudgetLineItem> Lines)> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var budget = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Year == year, ct);
        if (budget is null) return (null, []);
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.BudgetId == budget.Id).OrderBy(l => l.Kind).ThenBy(l => l.Position).ToListAsync(ct);
        return (budget, lines);
    }
}
