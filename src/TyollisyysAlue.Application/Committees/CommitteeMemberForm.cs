using FluentValidation;

namespace TyollisyysAlue.Application.Committees;

/// <summary>A member (and deputy) of the joint committee for a member municipality, for a term.</summary>
public sealed class CommitteeMemberForm
{
    public string MunicipalityCode { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? Deputy { get; set; }
    public DateTime? TermStart { get; set; }
    public DateTime? TermEnd { get; set; }
}

public sealed class CommitteeMemberFormValidator : AbstractValidator<CommitteeMemberForm>
{
    public CommitteeMemberFormValidator()
    {
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Validation.MunicipalityRequired");
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Deputy).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.TermStart).NotNull().WithErrorCode("Validation.ReferenceRequired");
        RuleFor(f => f.TermEnd).Must((f, end) => end is null || f.TermStart is null || end >= f.TermStart).WithErrorCode("Validation.TermEnd");
    }
}
