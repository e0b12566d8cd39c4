using FluentValidation;

namespace TyollisyysAlue.Application.Account;

/// <summary>What the sign-in page posts.</summary>
public sealed class SignInForm
{
    public string Email { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
}

/// <summary>Error codes are resource keys: the UI shows them in the user's language.</summary>
public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("Validation.EmailRequired")
            .EmailAddress().WithErrorCode("Validation.EmailInvalid")
            .MaximumLength(256).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Password).NotEmpty().WithErrorCode("Validation.PasswordRequired");
    }
}
