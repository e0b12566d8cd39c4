using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>A rule as edited: an account (range), optionally a cost-centre range, and the budget line.</summary>
public sealed class LedgerRuleForm
{
    public Guid? Id { get; set; }
    public uint Version { get; set; }
    public Guid BudgetLineId { get; set; }
    public string AccountFrom { get; set; } = string.Empty;
    public string? AccountTo { get; set; }
    public string? CostCentreFrom { get; set; }
    public string? CostCentreTo { get; set; }

    public static LedgerRuleForm From(LedgerRule rule) => new()
    {
        Id = rule.Id, Version = rule.Version, BudgetLineId = rule.BudgetLineId, AccountFrom = rule.AccountFrom,
        AccountTo = rule.AccountTo, CostCentreFrom = rule.CostCentreFrom, CostCentreTo = rule.CostCentreTo,
    };
}

public sealed class LedgerRuleFormValidator : AbstractValidator<LedgerRuleForm>
{
    public LedgerRuleFormValidator()
    {
        RuleFor(f => f.BudgetLineId).NotEmpty().WithErrorCode("FollowUp.Required");
        RuleFor(f => f.AccountFrom).NotEmpty().WithErrorCode("FollowUp.Required").MaximumLength(LedgerRule.MaxCodeLength).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.AccountTo).MaximumLength(LedgerRule.MaxCodeLength).WithErrorCode("Validation.TooLong")
            .Must((f, to) => string.IsNullOrWhiteSpace(to) || LedgerCode.Compare(f.AccountFrom.Trim(), to.Trim()) <= 0).WithErrorCode("Ledger.RangeBackwards");
        RuleFor(f => f.CostCentreFrom).MaximumLength(LedgerRule.MaxCodeLength).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.CostCentreTo).MaximumLength(LedgerRule.MaxCodeLength).WithErrorCode("Validation.TooLong")
            .Must((f, to) => string.IsNullOrWhiteSpace(to) || (!string.IsNullOrWhiteSpace(f.CostCentreFrom) && LedgerCode.Compare(f.CostCentreFrom.Trim(), to.Trim()) <= 0))
            .WithErrorCode("Ledger.RangeBackwards");
    }
}

/// <summary>Adds or changes a rule; the line must be one of the area's budget lines.</summary>
public sealed class SaveLedgerRule : WriteUseCase<LedgerRuleForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, LedgerRuleForm form, CancellationToken ct)
    {
        var db = write.Db;
        if (!await db.BudgetLines.AnyAsync(l => l.Id == form.BudgetLineId, ct)) return write.Refuse(nameof(form.BudgetLineId), "Ledger.UnknownLine");
        LedgerRule rule;
        if (form.Id is { } id)
        {
            var found = await db.LedgerRules.FirstOrDefaultAsync(r => r.Id == id, ct);
            if (found is null) return write.Gone();
            rule = found;
            write.Expect(rule, form.Version);
        }
        else
        {
            rule = new LedgerRule(Guid.NewGuid(), write.AreaId, form.BudgetLineId, form.AccountFrom.Trim(), null);
            db.LedgerRules.Add(rule);
        }
        rule.BudgetLineId = form.BudgetLineId;
        rule.AccountFrom = form.AccountFrom.Trim();
        rule.AccountTo = Blank(form.AccountTo);
        rule.CostCentreFrom = Blank(form.CostCentreFrom);
        rule.CostCentreTo = Blank(form.CostCentreTo);
        return write.Save(rule);
    }

    protected internal override async Task<LedgerRuleForm?> TheirsAsync(Common.IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await fresh.LedgerRules.AsNoTracking().Where(r => r.Id == subjectId).Select(r => LedgerRuleForm.From(r)).FirstOrDefaultAsync(ct);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class RemoveLedgerRule : WriteUseCase<RowRef>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RowRef form, CancellationToken ct)
    {
        var rule = await write.Db.LedgerRules.FirstOrDefaultAsync(r => r.Id == form.Id, ct);
        if (rule is null) return write.Gone();
        write.Expect(rule, form.Version);
        write.Db.LedgerRules.Remove(rule);
        return write.Save(rule);
    }
}
