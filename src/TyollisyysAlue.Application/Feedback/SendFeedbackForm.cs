using FluentValidation;
using TyollisyysAlue.Domain.Feedback;

namespace TyollisyysAlue.Application.Feedback;

/// <summary>What the accessibility statement's feedback form posts. Everything but the message is optional.</summary>
public sealed class SendFeedbackForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    /// <summary>The area the feedback concerns; null for "don't know / the whole service".</summary>
    public Guid? AreaId { get; set; }
    public string? Page { get; set; }
    public string Message { get; set; } = string.Empty;
}

/// <summary>Error codes are resource keys; limits travel as arguments so that the message can state them.</summary>
public sealed class SendFeedbackFormValidator : AbstractValidator<SendFeedbackForm>
{
    public SendFeedbackFormValidator()
    {
        RuleFor(f => f.Message).Cascade(CascadeMode.Stop)
            .Must(m => !string.IsNullOrWhiteSpace(m)).WithErrorCode("Feedback.Validation.MessageRequired")
            .MaximumLength(AccessibilityFeedback.MaxMessageLength).WithErrorCode("Feedback.Validation.MessageTooLong")
            .WithState(_ => new object[] { AccessibilityFeedback.MaxMessageLength });
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .EmailAddress().WithErrorCode("Validation.EmailInvalid")
            .MaximumLength(AccessibilityFeedback.MaxEmailLength).WithErrorCode("Validation.TooLong")
            .When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.Name).MaximumLength(AccessibilityFeedback.MaxNameLength).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Page).MaximumLength(AccessibilityFeedback.MaxPageLength).WithErrorCode("Validation.TooLong");
    }
}
