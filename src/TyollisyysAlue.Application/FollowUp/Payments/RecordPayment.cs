using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.FollowUp.Payments;

/// <summary>A payment received from a member for a year's invoices.</summary>
public sealed class PaymentForm
{
    public int Year { get; set; }
    public string MunicipalityCode { get; set; } = string.Empty;
    public DateOnly? PaidOn { get; set; }
    public decimal Amount { get; set; }
    public string? Reference { get; set; }
}

public sealed class PaymentFormValidator : AbstractValidator<PaymentForm>
{
    public PaymentFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Year).Must(y => Common.BudgetYears.IsPlausible(y, clock)).WithErrorCode("FollowUp.Year");
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Payments.Municipality");
        RuleFor(f => f.PaidOn).NotNull().WithErrorCode("Payments.PaidOnRequired");
        RuleFor(f => f.Amount).NotEqual(0m).WithErrorCode("Payments.AmountRequired")
            .Must(a => decimal.Round(a, 2) == a).WithErrorCode("FollowUp.Cents");
        RuleFor(f => f.Reference).MaximumLength(200).WithErrorCode("Validation.TooLong");
    }
}

/// <summary>Records a payment; refused for a municipality that is not a member of the area in the year.</summary>
public sealed class RecordPayment : WriteUseCase<PaymentForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, PaymentForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.MunicipalityCode);
        var first = new DateOnly(form.Year, 1, 1);
        var last = new DateOnly(form.Year, 12, 31);
        if (!await write.Db.Memberships.AnyAsync(m => m.MunicipalityCode == code && m.ValidFrom <= last && (m.ValidTo == null || m.ValidTo >= first), ct))
            return write.Refuse(nameof(form.MunicipalityCode), "Payments.NotAMember", code.Value, form.Year);
        var payment = new MemberPayment(Guid.NewGuid(), write.AreaId, code, form.Year, form.PaidOn!.Value, form.Amount, string.IsNullOrWhiteSpace(form.Reference) ? null : form.Reference.Trim());
        write.Db.MemberPayments.Add(payment);
        return write.Save(payment);
    }
}
