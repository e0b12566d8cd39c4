using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Budgets;

/// <summary>The outcome of a save: saved, refused with field errors, or a conflict with someone else's change.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved : SaveOutcome;
    public sealed record Invalid(IReadOnlyList<ValidationFailure> Errors) : SaveOutcome;
    /// <summary>Another user saved first: their values, who and when. Nothing was overwritten.</summary>
    public sealed record Conflict(BudgetLineForm Theirs, string? ChangedBy, DateTimeOffset? ChangedAt) : SaveOutcome;
    public sealed record NotFound : SaveOutcome;
}

/// <summary>Budget lines of the current area: list, add, change (optimistic concurrency) and remove.</summary>
public sealed class BudgetEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<BudgetLineForm> validator)
{
    public async Task<(Budget? Budget, IReadOnlyList<BudgetLineItem> Lines)> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var budget = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Year == year, ct);
        if (budget is null) return (null, []);
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.BudgetId == budget.Id).OrderBy(l => l.Kind).ThenBy(l => l.Position).ToListAsync(ct);
        return (budget, lines);
    }

    public async Task<SaveOutcome> SaveAsync(int year, BudgetLineForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new SaveOutcome.Invalid(result.Errors);

        await using var db = await contexts.CreateAsync(ct);
        var municipality = form.IncomeCategory == IncomeCategory.MunicipalitySpecific && form.Kind == BudgetLineKind.Income
            ? MunicipalityCode.Parse(form.MunicipalityCode!) : (MunicipalityCode?)null;
        if (municipality is { } code && !(await YearSplitQuery.MembersOfYearAsync(db, year, ct)).Any(m => m.Code == code))
            return new SaveOutcome.Invalid([new ValidationFailure(nameof(form.MunicipalityCode), "not a member") { ErrorCode = "Validation.NotAMember" }]);

        if (form.KeyId is { } keyId && form.Kind == BudgetLineKind.Expense
            && !await db.AllocationKeys.AnyAsync(k => k.Id == keyId && k.BudgetYear == year && !k.IsMain, ct))
            return new SaveOutcome.Invalid([new ValidationFailure(nameof(form.KeyId), "key") { ErrorCode = "Validation.KeyNotOfYear" }]);

        var budget = await db.Budgets.FirstOrDefaultAsync(b => b.Year == year, ct);
        if (budget is null)
        {
            budget = new Budget(Guid.NewGuid(), area.AreaId!.Value, year);
            db.Budgets.Add(budget);
        }
        BudgetLineItem line;
        if (form.Id is { } id)
        {
            var found = await db.BudgetLines.FirstOrDefaultAsync(l => l.Id == id, ct);
            if (found is null) return new SaveOutcome.NotFound();
            line = found;
            // Compare against the version the editor loaded, not the one just read.
            ((DbContext)db).Entry(line).Property(l => l.Version).OriginalValue = form.Version;
        }
        else
        {
            var position = await db.BudgetLines.CountAsync(l => l.BudgetId == budget.Id, ct);
            line = new BudgetLineItem(Guid.NewGuid(), budget.AreaId, budget.Id, position, form.Kind, form.Label, form.Amount);
            db.BudgetLines.Add(line);
        }
        line.Label = form.Label.Trim();
        line.Amount = form.Amount;
        line.RangeLow = form.RangeLow;
        line.RangeHigh = form.RangeHigh;
        line.ExpenseCategory = form.Kind == BudgetLineKind.Expense ? form.ExpenseCategory : null;
        line.IncomeCategory = form.Kind == BudgetLineKind.Income ? form.IncomeCategory : null;
        line.MunicipalityCode = municipality;
        line.KeyId = form.Kind == BudgetLineKind.Expense ? form.KeyId : null;
        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveOutcome.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(line.Id, ct);
        }
    }

    public async Task<SaveOutcome> DeleteAsync(Guid lineId, uint version, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var line = await db.BudgetLines.FirstOrDefaultAsync(l => l.Id == lineId, ct);
        if (line is null) return new SaveOutcome.NotFound();
        ((DbContext)db).Entry(line).Property(l => l.Version).OriginalValue = version;
        db.BudgetLines.Remove(line);
        try
        {
            await db.SaveChangesAsync(ct);
            return new SaveOutcome.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(lineId, ct);
        }
    }

    private async Task<SaveOutcome> ConflictAsync(Guid lineId, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var current = await db.BudgetLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId, ct);
        if (current is null) return new SaveOutcome.NotFound();
        var (by, at) = await LastChange.OfAsync(db, lineId, ct);
        return new SaveOutcome.Conflict(BudgetLineForm.From(current), by, at);
    }
}
