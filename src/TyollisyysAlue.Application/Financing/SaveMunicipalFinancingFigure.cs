using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing;

/// <summary>A municipality's compensation or realised state share of a year, from TEM's or VM's per-municipality sheets.</summary>
public sealed class FinancingFigureForm
{
    public int Year { get; set; }
    public string MunicipalityCode { get; set; } = "";
    public FinancingFigureKind Kind { get; set; } = FinancingFigureKind.Compensation;
    public decimal Amount { get; set; }
    public string Source { get; set; } = "";
    public bool IsDemo { get; set; }
    public uint Version { get; set; }
}

public sealed class FinancingFigureFormValidator : AbstractValidator<FinancingFigureForm>
{
    public FinancingFigureFormValidator()
    {
        RuleFor(f => f.Year).GreaterThan(0).WithErrorCode("Financing.YearInvalid");
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Financing.UnknownMunicipality");
        RuleFor(f => f.Kind).IsInEnum().WithErrorCode("Financing.UnknownParameter");
        RuleFor(f => f.Amount).GreaterThanOrEqualTo(0).WithErrorCode("Financing.NotNegative")
            .Must(a => decimal.Round(a, 2) == a).WithErrorCode("Validation.Money");
        RuleFor(f => f.Source).NotEmpty().WithErrorCode("Financing.SourceRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
    }
}

public sealed class SaveMunicipalFinancingFigure : WriteUseCase<FinancingFigureForm>
{
    public override WriteRight Right => WriteRight.SystemAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, FinancingFigureForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.MunicipalityCode);
        if (!await write.Db.Municipalities.AnyAsync(m => m.Code == code, ct))
            return write.Refuse(nameof(form.MunicipalityCode), "Financing.UnknownMunicipality", form.MunicipalityCode);
        var existing = await write.Db.MunicipalFinancingFigures
            .FirstOrDefaultAsync(f => f.Year == form.Year && f.Kind == form.Kind && f.MunicipalityCode == code, ct);
        if (existing is null)
        {
            existing = new MunicipalFinancingFigure(Guid.NewGuid(), form.Year, code, form.Kind, form.Amount, form.Source.Trim(), form.IsDemo, write.UserName, write.Now);
            write.Db.MunicipalFinancingFigures.Add(existing);
            return write.Save(existing);
        }
        write.Expect(existing, form.Version);
        existing.Record(form.Amount, form.Source.Trim(), form.IsDemo, write.UserName, write.Now);
        return write.Save(existing);
    }
}
