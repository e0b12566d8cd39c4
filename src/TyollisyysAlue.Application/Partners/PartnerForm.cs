using TyollisyysAlue.Application.Common.Writing;
using FluentValidation;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Partners;

/// <summary>What the partner editor posts.</summary>
public sealed class PartnerForm : IRowForm
{
    public Guid? Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? NameSv { get; set; }
    public PartnerKind Kind { get; set; } = PartnerKind.Other;
    public StatutorySection Section { get; set; } = StatutorySection.Partners;
    public string? Cooperation { get; set; }
    public string? ContactPerson { get; set; }
    public string? Agreement { get; set; }
    public DateTime? AgreementDate { get; set; }
    public DateTime? ReviewDate { get; set; }
    public uint Version { get; set; }

    public static PartnerForm From(Partner p) => new()
    {
        Id = p.Id, Name = p.Name, NameSv = p.NameSv, Kind = p.Kind, Section = p.Section, Cooperation = p.Cooperation, ContactPerson = p.ContactPerson,
        Agreement = p.Agreement, AgreementDate = p.AgreementDate?.ToDateTime(TimeOnly.MinValue), ReviewDate = p.ReviewDate?.ToDateTime(TimeOnly.MinValue),
        Version = p.Version,
    };
}

public sealed class PartnerFormValidator : AbstractValidator<PartnerForm>
{
    public PartnerFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("Partners.Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.NameSv).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Kind).IsInEnum().WithErrorCode("Partners.Validation.KindRequired");
        RuleFor(f => f.Section).IsInEnum().WithErrorCode("Partners.Validation.SectionRequired");
        RuleFor(f => f.Cooperation).MaximumLength(2000).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.ContactPerson).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Agreement).MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.AgreementDate).NotNull().When(f => !string.IsNullOrWhiteSpace(f.Agreement) && f.ReviewDate is not null)
            .WithErrorCode("Partners.Validation.AgreementDateRequired");
        RuleFor(f => f.ReviewDate).Must((f, review) => review is null || f.AgreementDate is null || review.Value.Date >= f.AgreementDate.Value.Date)
            .WithErrorCode("Partners.Validation.ReviewBeforeAgreement");
    }
}
