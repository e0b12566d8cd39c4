using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>A merger: the municipality merges into its successor from a date.</summary>
public sealed class MergerForm
{
    public string Code { get; set; } = string.Empty;
    public string Successor { get; set; } = string.Empty;
    public DateOnly? On { get; set; }
}

public sealed class MergerFormValidator : AbstractValidator<MergerForm>
{
    public MergerFormValidator()
    {
        RuleFor(f => f.Code).Must(c => MunicipalityCode.TryParse(c, out _)).WithErrorCode("Register.MergeInvalid");
        RuleFor(f => f.Successor).Must(c => MunicipalityCode.TryParse(c, out _)).WithErrorCode("Register.MergeInvalid")
            .NotEqual(f => f.Code).WithErrorCode("Register.MergeInvalid");
        RuleFor(f => f.On).NotNull().WithErrorCode("Register.MergeInvalid");
    }
}

/// <summary>The system administrator records a merger of two municipalities of the register.</summary>
public sealed class MergeMunicipality : WriteUseCase<MergerForm>
{
    public override WriteRight Right => WriteRight.SystemAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, MergerForm form, CancellationToken ct)
    {
        var (code, successor) = (MunicipalityCode.Parse(form.Code), MunicipalityCode.Parse(form.Successor));
        if (!await write.Db.Municipalities.AnyAsync(m => m.Code == successor, ct)) return write.Refuse(nameof(form.Successor), "Register.MergeInvalid");
        var municipality = await write.Db.Municipalities.FirstOrDefaultAsync(m => m.Code == code, ct);
        if (municipality is null) return write.Refuse(nameof(form.Code), "Register.MergeInvalid");
        municipality.MergeInto(successor, form.On!.Value);
        return write.Save(municipality);
    }
}
