using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>A correction of a register row: names and language status.</summary>
public sealed class MunicipalityCorrectionForm
{
    public string Code { get; set; } = string.Empty;
    public string NameFi { get; set; } = string.Empty;
    public string? NameSv { get; set; }
    public LanguageStatus Status { get; set; }
}

public sealed class MunicipalityCorrectionFormValidator : AbstractValidator<MunicipalityCorrectionForm>
{
    public MunicipalityCorrectionFormValidator()
    {
        RuleFor(f => f.Code).Must(c => MunicipalityCode.TryParse(c, out _)).WithErrorCode("Validation.MunicipalityRequired");
        RuleFor(f => f.NameFi).NotEmpty().WithErrorCode("Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.NameSv).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Status).IsInEnum().WithErrorCode("Validation.Required");
    }
}

/// <summary>The system administrator corrects a municipality of the national register.</summary>
public sealed class CorrectMunicipality : WriteUseCase<MunicipalityCorrectionForm>
{
    public override WriteRight Right => WriteRight.SystemAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, MunicipalityCorrectionForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.Code);
        var municipality = await write.Db.Municipalities.FirstOrDefaultAsync(m => m.Code == code, ct);
        if (municipality is null) return write.Gone();
        municipality.Correct(form.NameFi, form.NameSv, form.Status);
        return write.Save(municipality);
    }
}
