using FluentValidation;

namespace TyollisyysAlue.Application.Account;

/// <summary>What the accept-invitation page posts: the link's e-mail and token, and the new password twice.</summary>
public sealed class AcceptInvitationForm
{
    public string Email { get; set; } = string.Empty;
    public string Token { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string ConfirmPassword { get; set; } = string.Empty;
}

/// <summary>The password rules themselves are Identity's (the same as everywhere); these catch the obvious.</summary>
public sealed class AcceptInvitationFormValidator : AbstractValidator<AcceptInvitationForm>
{
    public AcceptInvitationFormValidator()
    {
        RuleFor(f => f.Password).NotEmpty().WithErrorCode("Validation.PasswordRequired");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithErrorCode("Invitation.PasswordsDiffer");
    }
}
