using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Budgets;

/// <summary>The amounts of budget lines pasted from Excel (or an undo of such a paste), in euros.</summary>
public sealed class BudgetAmountsForm : RowValuesForm;

public sealed class BudgetAmountsFormValidator() : RowValuesFormValidator<BudgetAmountsForm>(BudgetLineFormValidator.BeMoney, "Validation.Money");

/// <summary>
/// Sets the amounts of many budget lines at once, all or nothing (a paste or its undo). A line keeps its range: an
/// amount outside it is refused naming the line, as the line editor refuses it.
/// </summary>
public sealed class SetBudgetAmounts : SetRowValues<BudgetLineItem, BudgetAmountsForm>
{
    protected override DbSet<BudgetLineItem> Set(IAppDbContext db) => db.BudgetLines;
    protected override Guid IdOf(BudgetLineItem row) => row.Id;
    protected override decimal ValueOf(BudgetLineItem row) => row.Amount;
    protected override uint VersionOf(BudgetLineItem row) => row.Version;
    protected override string NameOf(BudgetLineItem row) => row.Label;
    protected override void Apply(BudgetLineItem row, RowValue value) => row.Amount = value.Value;

    protected override (string Code, object[] Args)? Check(BudgetLineItem row, decimal value) =>
        row.RangeLow is { } low && value < low ? ("Paste.BelowRange", [row.Label])
        : row.RangeHigh is { } high && value > high ? ("Paste.AboveRange", [row.Label])
        : null;
}
