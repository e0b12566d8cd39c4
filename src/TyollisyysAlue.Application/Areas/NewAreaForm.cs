using FluentValidation;
using TyollisyysAlue.Domain.Areas;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Areas;

/// <summary>What the system administrator types to create an employment area and invite its first administrator.</summary>
public sealed class NewAreaForm
{
    public string Slug { get; set; } = string.Empty;
    public string NameFi { get; set; } = string.Empty;
    public string? NameSv { get; set; }
    public string ResponsibleMunicipality { get; set; } = string.Empty;
    public CooperationModel? CooperationModel { get; set; } = Domain.Areas.CooperationModel.ResponsibleMunicipality;
    public DateOnly? StartDate { get; set; }
    public string CommitteeNameFi { get; set; } = string.Empty;
    public string? CommitteeNameSv { get; set; }
    public string DecisionReference { get; set; } = string.Empty;
    public string AdministratorEmail { get; set; } = string.Empty;
}

/// <summary>Error codes are resource keys (the UI translates them); uniqueness and the register are checked on save.</summary>
public sealed class NewAreaFormValidator : AbstractValidator<NewAreaForm>
{
    private const int MaxText = 200;

    public NewAreaFormValidator()
    {
        RuleFor(f => f.Slug).Must(EmploymentArea.IsValidSlug).WithErrorCode("Areas.SlugInvalid");
        RuleFor(f => f.NameFi).NotEmpty().WithErrorCode("Areas.NameRequired").MaximumLength(MaxText).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.NameSv).MaximumLength(MaxText).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.ResponsibleMunicipality).Must(c => MunicipalityCode.TryParse(c, out _)).WithErrorCode("Membership.CodeInvalid");
        RuleFor(f => f.CooperationModel).NotNull().WithErrorCode("Areas.ModelRequired").IsInEnum().WithErrorCode("Areas.ModelRequired");
        RuleFor(f => f.StartDate).NotNull().WithErrorCode("Areas.StartRequired");
        RuleFor(f => f.CommitteeNameFi).NotEmpty().WithErrorCode("Areas.CommitteeRequired").MaximumLength(MaxText).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.CommitteeNameSv).MaximumLength(MaxText).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.DecisionReference).NotEmpty().WithErrorCode("Membership.DecisionRequired")
            .MaximumLength(Memberships.JoinMembershipFormValidator.MaxTextLength).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.AdministratorEmail).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("Validation.EmailRequired")
            .EmailAddress().WithErrorCode("Validation.EmailInvalid")
            .MaximumLength(256).WithErrorCode("Validation.TooLong");
    }
}
