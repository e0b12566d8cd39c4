using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.CostSharing;

public sealed class RevisionForm
{
    public int FromMonth { get; set; } = 7;
    public decimal SharedCost { get; set; }
    public string DecisionReference { get; set; } = string.Empty;
}

public sealed class RevisionFormValidator : AbstractValidator<RevisionForm>
{
    public RevisionFormValidator()
    {
        RuleFor(f => f.FromMonth).InclusiveBetween(1, 12).WithErrorCode("Validation.Month");
        RuleFor(f => f.SharedCost).Must(BudgetLineFormValidator.BeMoney).WithErrorCode("Validation.Money");
        RuleFor(f => f.DecisionReference).NotEmpty().WithErrorCode("Validation.DecisionRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
    }
}

public sealed class YearEndForm
{
    public decimal ActualSharedCost { get; set; }
    public int? CarryToYear { get; set; }
    public string? DecisionReference { get; set; }
}

public sealed class YearEndFormValidator : AbstractValidator<YearEndForm>
{
    public YearEndFormValidator()
    {
        RuleFor(f => f.ActualSharedCost).Must(BudgetLineFormValidator.BeMoney).WithErrorCode("Validation.Money");
        RuleFor(f => f.DecisionReference).NotEmpty().When(f => f.CarryToYear is not null).WithErrorCode("Validation.DecisionRequired");
    }
}

/// <summary>Planners record revisions of the year's appropriations and the year-end reconciliation.</summary>
public sealed class YearEndEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<RevisionForm> revisions,
    IValidator<YearEndForm> yearEnds, YearSplitQuery splits, YearEndQuery yearEndQuery)
{
    public async Task<IReadOnlyList<ValidationFailure>> AddRevisionAsync(int year, RevisionForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await revisions.ValidateAsync(form, ct);
        if (!result.IsValid) return result.Errors;
        await using var db = await contexts.CreateAsync(ct);
        if (await db.BudgetRevisions.AnyAsync(r => r.Year == year && r.FromMonth >= form.FromMonth, ct))
            return [new ValidationFailure(nameof(form.FromMonth), "month") { ErrorCode = "Validation.RevisionOrder" }];
        db.BudgetRevisions.Add(new BudgetRevision(Guid.NewGuid(), area.AreaId!.Value, year, form.FromMonth, form.SharedCost, form.DecisionReference.Trim()));
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<IReadOnlyList<ValidationFailure>> SaveYearEndAsync(int year, YearEndForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await yearEnds.ValidateAsync(form, ct);
        if (!result.IsValid) return result.Errors;
        if (form.CarryToYear is { } carry && carry <= year)
            return [new ValidationFailure(nameof(form.CarryToYear), "year") { ErrorCode = "Validation.CarryLater" }];
        await using var db = await contexts.CreateAsync(ct);
        var record = await db.Reconciliations.FirstOrDefaultAsync(r => r.Year == year, ct);
        if (record is null)
        {
            record = new YearEndReconciliation(Guid.NewGuid(), area.AreaId!.Value, year, form.ActualSharedCost);
            db.Reconciliations.Add(record);
        }
        record.ActualSharedCost = form.ActualSharedCost;
        record.CarryTo(form.CarryToYear, form.DecisionReference?.Trim());
        await db.SaveChangesAsync(ct);
        if (form.CarryToYear is not null && await splits.LoadAsync(year, ct: ct) is { } split
            && await yearEndQuery.LoadAsync(split, ct) is { Final: not null } view)
        {
            // The decision carries the balance as it stands now; later changes to the year need a new decision.
            record.RecordCarriedBalance(view.Balance.ToEuros());
            await db.SaveChangesAsync(ct);
        }
        return [];
    }
}
