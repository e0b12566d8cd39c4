using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp.Payments;

/// <summary>Invoice the year's monthly advances, due on <see cref="DueDay"/> of each month.</summary>
public sealed class IssueInvoicesForm
{
    public int Year { get; set; }
    public int DueDay { get; set; } = 15;
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
        var db = write.Db;
        var existing = await db.MemberInvoices.Where(i => i.Year == form.Year && i.Kind == InvoiceKind.Advance)
            .ToDictionaryAsync(i => (i.MunicipalityCode, i.Month), ct);
        MemberInvoice? last = null;
        foreach (var member in plan.Municipalities)
        {
            for (var month = 1; month <= member.Instalments.Count; month++)
            {
                var amount = member.Instalments[month - 1].ToEuros();
                var due = new DateOnly(form.Year, month, form.DueDay);
                if (existing.TryGetValue((member.Code, month), out var invoice))
                {
                    invoice.Amount = amount;
                    invoice.DueDate = due;
                }
                else db.MemberInvoices.Add(invoice = new MemberInvoice(Guid.NewGuid(), write.AreaId, member.Code, form.Year, month, InvoiceKind.Advance, amount, due));
                last = invoice;
            }
        }
        return last is null ? write.Refuse(nameof(form.Year), "Payments.NoSchedule", form.Year) : write.Save(last);
    }
}
