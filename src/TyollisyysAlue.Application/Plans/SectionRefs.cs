using FluentValidation;

namespace TyollisyysAlue.Application.Plans;

/// <summary>A section to act on (remove it, discard one's draft of it).</summary>
public sealed record SectionRef(Guid SectionId);

public sealed class SectionRefValidator : AbstractValidator<SectionRef>
{
    public SectionRefValidator() => RuleFor(f => f.SectionId).NotEmpty().WithErrorCode("Plan.Error.SectionGone");
}

/// <summary>A plan version to move along its workflow (submit, return to draft).</summary>
public sealed record VersionRef(Guid VersionId);

public sealed class VersionRefValidator : AbstractValidator<VersionRef>
{
    public VersionRefValidator() => RuleFor(f => f.VersionId).NotEmpty().WithErrorCode("Validation.Required");
}
