using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Budgets;

/// <summary>Removes a budget line the planner saw at its version.</summary>
public sealed class DeleteBudgetLine : RowDelete<BudgetLineItem, BudgetLineForm>
{
    protected override DbSet<BudgetLineItem> Set(IAppDbContext db) => db.BudgetLines;
    /// <summary>The line without its year: <see cref="TheirFormAsync"/> adds the year from the line's budget.</summary>
    protected override BudgetLineForm ToForm(BudgetLineItem line) => BudgetLineForm.From(line, year: 0);

    protected override Task<BudgetLineForm> TheirFormAsync(IAppDbContext fresh, BudgetLineItem current, CancellationToken ct) =>
        BudgetLineForms.OfAsync(fresh, current, ct);
}
