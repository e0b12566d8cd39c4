using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.CostSharing.Cancelling;

/// <summary>A year's recorded revisions, those in force and the cancelled ones (with who, when and why), by month.</summary>
public sealed class RevisionsQuery(IAppDbContextFactory contexts)
{
    public async Task<IReadOnlyList<BudgetRevision>> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.BudgetRevisions.AsNoTracking().Where(r => r.Year == year)
            .OrderBy(r => r.FromMonth).ThenBy(r => r.CancelledAt).ToListAsync(ct);
    }
}
