using FluentValidation;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>What an administrator types to invite someone to the current area.</summary>
public sealed class InvitationForm
{
    public string Email { get; set; } = string.Empty;
    public AreaRole? Role { get; set; } = AreaRole.Viewer;
}

/// <summary>Error codes are resource keys (the UI translates them).</summary>
public sealed class InvitationFormValidator : AbstractValidator<InvitationForm>
{
    public InvitationFormValidator()
    {
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("Validation.EmailRequired")
            .EmailAddress().WithErrorCode("Validation.EmailInvalid")
            .MaximumLength(256).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Role).NotNull().WithErrorCode("Users.RoleRequired").IsInEnum().WithErrorCode("Users.RoleRequired");
    }
}
