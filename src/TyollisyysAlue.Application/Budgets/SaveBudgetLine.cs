using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Budgets;

/// <summary>Adds or changes a line of the year's budget (the budget itself is created with its first line).</summary>
public sealed class SaveBudgetLine : RowSave<BudgetLineItem, BudgetLineForm>
{
    protected override DbSet<BudgetLineItem> Set(IAppDbContext db) => db.BudgetLines;

    /// <summary>A municipality-specific charge names a member of the year; a named split uses another key of the year.</summary>
    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, BudgetLineForm form, CancellationToken ct)
    {
        if (Municipality(form) is { } code && !(await YearSplitQuery.MembersOfYearAsync(write.Db, form.Year, ct)).Any(m => m.Code == code))
            return [Failure(nameof(form.MunicipalityCode), "Validation.NotAMember")];
        if (form.KeyId is { } keyId && form.Kind == BudgetLineKind.Expense
            && !await write.Db.AllocationKeys.AnyAsync(k => k.Id == keyId && k.BudgetYear == form.Year && !k.IsMain, ct))
            return [Failure(nameof(form.KeyId), "Validation.KeyNotOfYear")];
        return [];
    }

    protected override async Task<BudgetLineItem> CreateAsync(WriteContext write, BudgetLineForm form, CancellationToken ct)
    {
        var budget = await write.Db.Budgets.FirstOrDefaultAsync(b => b.Year == form.Year, ct);
        if (budget is null)
        {
            budget = new Budget(Guid.NewGuid(), write.AreaId, form.Year);
            write.Db.Budgets.Add(budget);
        }
        var position = await write.Db.BudgetLines.CountAsync(l => l.BudgetId == budget.Id, ct);
        return new BudgetLineItem(Guid.NewGuid(), budget.AreaId, budget.Id, position, form.Kind, form.Label, form.Amount);
    }

    protected override void Apply(BudgetLineItem line, BudgetLineForm form)
    {
        line.Label = form.Label.Trim();
        line.Amount = form.Amount;
        line.RangeLow = form.RangeLow;
        line.RangeHigh = form.RangeHigh;
        line.ExpenseCategory = form.Kind == BudgetLineKind.Expense ? form.ExpenseCategory : null;
        line.IncomeCategory = form.Kind == BudgetLineKind.Income ? form.IncomeCategory : null;
        line.MunicipalityCode = Municipality(form);
        line.KeyId = form.Kind == BudgetLineKind.Expense ? form.KeyId : null;
    }

    /// <summary>The line without its year: <see cref="TheirFormAsync"/> adds the year from the line's budget.</summary>
    protected override BudgetLineForm ToForm(BudgetLineItem line) => BudgetLineForm.From(line, year: 0);

    protected override Task<BudgetLineForm> TheirFormAsync(IAppDbContext fresh, BudgetLineItem current, CancellationToken ct) =>
        BudgetLineForms.OfAsync(fresh, current, ct);

    private static MunicipalityCode? Municipality(BudgetLineForm form) =>
        form.IncomeCategory == IncomeCategory.MunicipalitySpecific && form.Kind == BudgetLineKind.Income
            ? MunicipalityCode.Parse(form.MunicipalityCode!) : null;
}
