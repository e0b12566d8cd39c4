using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;

namespace TyollisyysAlue.Application.FollowUp.Payments;

/// <summary>Invoice the year's monthly advances, due on <see cref="DueDay"/> of each month.</summary>
public sealed class IssueInvoicesForm
{
    public int Year { get; set; }
    public int DueDay { get; set; } = IssueAdvanceInvoices.DefaultDueDay;
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
        var last = await StageInvoicesAsync(write.Db, write.AreaId, form.Year, plan, form.DueDay, ct);
        return last is null ? write.Refuse(nameof(form.Year), "Payments.NoSchedule", form.Year) : write.Save(last);
    }

    public const int DefaultDueDay = 15;

    /// <summary>
    /// Brings the year's advance invoices in line with the schedule (after the revisions in force): months whose advance
    /// changed get the new amount, missing months are invoiced (due on <paramref name="dueDay"/>), nothing is invoiced
    /// twice. Also run when a revision is cancelled. Staged on the caller's write context; returns the last invoice touched.
    /// </summary>
    internal static async Task<MemberInvoice?> StageInvoicesAsync(IAppDbContext db, Guid areaId, int year, AdvancePlan plan, int? dueDay, CancellationToken ct)
    {
        var existing = await db.MemberInvoices.Where(i => i.Year == year && i.Kind == InvoiceKind.Advance)
            .ToDictionaryAsync(i => (i.MunicipalityCode, i.Month), ct);
        MemberInvoice? last = null;
        foreach (var member in plan.Municipalities)
        {
            for (var month = 1; month <= member.Instalments.Count; month++)
            {
                var amount = member.Instalments[month - 1].ToEuros();
                if (existing.TryGetValue((member.Code, month), out var invoice))
                {
                    invoice.Amount = amount;
                    // A recomputation (e.g. after a cancelled revision) keeps the due dates the members were given.
                    if (dueDay is { } day) invoice.DueDate = new DateOnly(year, month, day);
                }
                else db.MemberInvoices.Add(invoice = new MemberInvoice(Guid.NewGuid(), areaId, member.Code, year, month, InvoiceKind.Advance, amount,
                    new DateOnly(year, month, dueDay ?? DefaultDueDay)));
                last = invoice;
            }
        }
        return last;
    }
}
