using FluentValidation;
using TyollisyysAlue.Domain.Feedback;

namespace TyollisyysAlue.Application.Feedback;

/// <summary>An administrator marks one feedback message answered, with an optional note (how, by whom outside the app).</summary>
public sealed class AnswerFeedbackForm
{
    public Guid Id { get; set; }
    public uint Version { get; set; }
    public string? Note { get; set; }
}

public sealed class AnswerFeedbackFormValidator : AbstractValidator<AnswerFeedbackForm>
{
    public AnswerFeedbackFormValidator()
    {
        RuleFor(f => f.Id).NotEmpty().WithErrorCode("Validation.Required");
        RuleFor(f => f.Note).MaximumLength(AccessibilityFeedback.MaxNoteLength).WithErrorCode("Validation.TooLong");
    }
}
