using FluentValidation;

namespace TyollisyysAlue.Application.Plans;

/// <summary>The committee's decision, recorded by a planner or administrator after submission.</summary>
public sealed class ApprovalForm
{
    public Guid VersionId { get; set; }
    public string DecisionBody { get; set; } = string.Empty;
    public DateTime? DecisionDate { get; set; }
    public string DecisionSection { get; set; } = string.Empty;
}

public sealed class ApprovalFormValidator : AbstractValidator<ApprovalForm>
{
    public ApprovalFormValidator()
    {
        RuleFor(f => f.DecisionBody).NotEmpty().WithErrorCode("Plan.Validation.DecisionBodyRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.DecisionDate).NotNull().WithErrorCode("Plan.Validation.DecisionDateRequired");
        RuleFor(f => f.DecisionSection).NotEmpty().WithErrorCode("Plan.Validation.DecisionSectionRequired").MaximumLength(50).WithErrorCode("Validation.TooLong");
    }
}

/// <summary>A new draft version: its label ("2.0", "versio 30.5.2023"), date and language; copied from an approved version if given.</summary>
public sealed class NewVersionForm
{
    public string Label { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public DateTime? VersionDate { get; set; }
    public string Language { get; set; } = "fi";
    public Guid? BasedOnId { get; set; }
    /// <summary>The other language's version this one translates (bilingual areas).</summary>
    public Guid? CounterpartId { get; set; }
}

public sealed class NewVersionFormValidator : AbstractValidator<NewVersionForm>
{
    public NewVersionFormValidator()
    {
        RuleFor(f => f.Label).NotEmpty().WithErrorCode("Plan.Validation.LabelRequired").MaximumLength(100).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Title).NotEmpty().WithErrorCode("Plan.Validation.TitleRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.VersionDate).NotNull().WithErrorCode("Plan.Validation.DateRequired");
        RuleFor(f => f.Language).Must(l => l is "fi" or "sv").WithErrorCode("Plan.Validation.Language");
    }
}
