using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;

namespace TyollisyysAlue.Application.FollowUp.Payments;

/// <summary>Invoice the year's monthly advances, due on <see cref="DueDay"/> of each month.</summary>
public sealed class IssueInvoicesForm
{
    public int Year { get; set; }
    public int DueDay { get; set; } = AdvanceInvoicing.DefaultDueDay;
}

public sealed class IssueInvoicesFormValidator : AbstractValidator<IssueInvoicesForm>
{
    public IssueInvoicesFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Year).Must(y => Common.BudgetYears.IsPlausible(y, clock)).WithErrorCode("FollowUp.Year");
        RuleFor(f => f.DueDay).InclusiveBetween(1, 28).WithErrorCode("Payments.DueDay");
    }
}

/// <summary>
/// Writes the invoices of the advance schedule (main key, after revisions) for every member and month. Run again
/// after a revision: months whose advance changed get the new amount, nothing is invoiced twice.
/// </summary>
public sealed class IssueAdvanceInvoices(YearSplitQuery splits) : WriteUseCase<IssueInvoicesForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, IssueInvoicesForm form, CancellationToken ct)
    {
        var split = await splits.LoadAsync(form.Year, null, ct);
        if (split?.Advances is not { } plan) return write.Refuse(nameof(form.Year), "Payments.NoSchedule", form.Year);
        var last = await AdvanceInvoicing.StageAsync(write.Db, write.AreaId, form.Year, plan, form.DueDay, ct);
        return last is null ? write.Refuse(nameof(form.Year), "Payments.NoSchedule", form.Year) : write.Save(last);
    }
}
