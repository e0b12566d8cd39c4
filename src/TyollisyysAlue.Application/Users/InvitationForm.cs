using FluentValidation;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>What an administrator types to invite someone to the current area.</summary>
public sealed class InvitationForm
{
    public string Email { get; set; } = string.Empty;

    /// <summary>The person's name as others see it on comments, "last saved by" and the audit log (never the e-mail).</summary>
    public string Name { get; set; } = string.Empty;
    public AreaRole? Role { get; set; } = AreaRole.Viewer;
}

/// <summary>Error codes are resource keys (the UI translates them).</summary>
public sealed class InvitationFormValidator : AbstractValidator<InvitationForm>
{
    /// <summary>The length of the users table's display-name column.</summary>
    public const int MaxName = 200;

    public InvitationFormValidator()
    {
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("Validation.EmailRequired")
            .EmailAddress().WithErrorCode("Validation.EmailInvalid")
            .MaximumLength(256).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithErrorCode("Users.PersonNameRequired")
            .MaximumLength(MaxName).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Role).NotNull().WithErrorCode("Users.RoleRequired").IsInEnum().WithErrorCode("Users.RoleRequired");
    }
}
