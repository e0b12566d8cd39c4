using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Financing;

namespace TyollisyysAlue.Application.Financing;

/// <summary>One national parameter of a year as the system administrator enters it, with its source.</summary>
public sealed class NationalParameterForm
{
    public int Year { get; set; }
    public string Code { get; set; } = "";
    public decimal Value { get; set; }
    public string Source { get; set; } = "";
    public bool IsDemo { get; set; }
    /// <summary>The row version the editor loaded (0 for a new value).</summary>
    public uint Version { get; set; }
}

public sealed class NationalParameterFormValidator : AbstractValidator<NationalParameterForm>
{
    public NationalParameterFormValidator()
    {
        RuleFor(f => f.Year).GreaterThan(0).WithErrorCode("Financing.YearInvalid");
        RuleFor(f => f.Code).Must(c => NationalParameterCodes.Find(c) is not null).WithErrorCode("Financing.UnknownParameter");
        RuleFor(f => f.Value).GreaterThanOrEqualTo(0).WithErrorCode("Financing.NotNegative");
        RuleFor(f => f.Value).LessThanOrEqualTo(100).When(f => NationalParameterCodes.Find(f.Code)?.Unit == ParameterUnit.Percent)
            .WithErrorCode("Financing.PercentRange");
        RuleFor(f => f.Source).NotEmpty().WithErrorCode("Financing.SourceRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
    }
}

/// <summary>Records (or corrects) a national parameter of a year: who entered it and when, from the pipeline.</summary>
public sealed class SaveNationalParameter : WriteUseCase<NationalParameterForm>
{
    public override WriteRight Right => WriteRight.SystemAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, NationalParameterForm form, CancellationToken ct)
    {
        var existing = await write.Db.NationalParameters.FirstOrDefaultAsync(p => p.Year == form.Year && p.Code == form.Code, ct);
        if (existing is null)
        {
            existing = new NationalParameter(Guid.NewGuid(), form.Year, form.Code, form.Value, form.Source.Trim(), form.IsDemo, write.UserName, write.Now);
            write.Db.NationalParameters.Add(existing);
            return write.Save(existing);
        }
        write.Expect(existing, form.Version);
        existing.Record(form.Value, form.Source.Trim(), form.IsDemo, write.UserName, write.Now);
        return write.Save(existing);
    }
}
