using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Memberships;

/// <summary>A municipality joins the current area from <see cref="ValidFrom"/> on a decision (body, date, §).</summary>
public sealed class JoinMembershipForm
{
    public string MunicipalityCode { get; set; } = string.Empty;
    public DateOnly? ValidFrom { get; set; }
    public string DecisionReference { get; set; } = string.Empty;
}

/// <summary>A membership ends on <see cref="ValidTo"/> (its last day) for a reason. <see cref="Version"/> is the row the editor saw.</summary>
public sealed class EndMembershipForm : IRowForm
{
    Guid? IRowForm.Id => MembershipId;

    public Guid MembershipId { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string EndReason { get; set; } = string.Empty;
    public uint Version { get; set; }
}

/// <summary>Error codes are resource keys (the UI translates them); the property names are the fields.</summary>
public sealed class JoinMembershipFormValidator : AbstractValidator<JoinMembershipForm>
{
    public const int MaxTextLength = 300;

    public JoinMembershipFormValidator()
    {
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Membership.CodeInvalid");
        RuleFor(f => f.ValidFrom).NotNull().WithErrorCode("Membership.FromRequired");
        RuleFor(f => f.DecisionReference).NotEmpty().WithErrorCode("Membership.DecisionRequired")
            .MaximumLength(MaxTextLength).WithErrorCode("Validation.TooLong");
    }
}

public sealed class EndMembershipFormValidator : AbstractValidator<EndMembershipForm>
{
    public EndMembershipFormValidator()
    {
        RuleFor(f => f.ValidTo).NotNull().WithErrorCode("Membership.ToRequired");
        RuleFor(f => f.EndReason).NotEmpty().WithErrorCode("Membership.ReasonRequired")
            .MaximumLength(JoinMembershipFormValidator.MaxTextLength).WithErrorCode("Validation.TooLong");
    }
}
