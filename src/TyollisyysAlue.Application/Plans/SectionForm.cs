using FluentValidation;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>What the section editor posts: heading and Markdown text, and the row version the editing started from.</summary>
public sealed class SectionForm
{
    public Guid SectionId { get; set; }
    public string Heading { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public uint Version { get; set; }

    /// <summary>
    /// The text as loaded: when the row changed only in its place or blocks (a move changes its version too),
    /// the save goes through instead of reporting a conflict with identical text.
    /// </summary>
    public string BaseHeading { get; set; } = string.Empty;
    public string BaseBody { get; set; } = string.Empty;

    public static SectionForm From(PlanSection section) => new()
    {
        SectionId = section.Id, Heading = section.Heading, Body = section.Body, Version = section.Version,
        BaseHeading = section.Heading, BaseBody = section.Body,
    };

    /// <summary>Continue from another version of the section (after a conflict: the merged text is saved against theirs).</summary>
    public void Rebase(string heading, string body, uint version)
    {
        BaseHeading = heading;
        BaseBody = body;
        Version = version;
    }
}

public sealed class SectionFormValidator : AbstractValidator<SectionForm>
{
    public const int MaxBody = 200_000;

    public SectionFormValidator()
    {
        RuleFor(f => f.Heading).NotEmpty().WithErrorCode("Plan.Validation.HeadingRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Body).MaximumLength(MaxBody).WithErrorCode("Validation.TooLong");
    }
}
