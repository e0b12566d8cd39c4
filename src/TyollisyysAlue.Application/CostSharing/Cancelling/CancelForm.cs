using FluentValidation;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Application.CostSharing.Cancelling;

/// <summary>Cancel a recorded revision or year-end reconciliation (by its id and the version the planner saw) with a reason.</summary>
public sealed class CancelForm
{
    public Guid Id { get; set; }
    public uint Version { get; set; }
    public string Reason { get; set; } = string.Empty;
}

public sealed class CancelFormValidator : AbstractValidator<CancelForm>
{
    public CancelFormValidator()
    {
        RuleFor(f => f.Id).NotEmpty().WithErrorCode("Validation.Required");
        RuleFor(f => f.Reason).NotEmpty().WithErrorCode("Cancel.ReasonRequired")
            .MaximumLength(Cancellation.MaxReasonLength).WithErrorCode("Validation.TooLong");
    }
}
