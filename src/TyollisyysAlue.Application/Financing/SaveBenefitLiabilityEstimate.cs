using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing;

/// <summary>The planner's estimate of a member's benefit liability for a year (used where Kela's series is missing).</summary>
public sealed class BenefitEstimateForm
{
    public int Year { get; set; }
    public string MunicipalityCode { get; set; } = "";
    public decimal Amount { get; set; }
    public string Basis { get; set; } = "";
    public uint Version { get; set; }
}

public sealed class BenefitEstimateFormValidator : AbstractValidator<BenefitEstimateForm>
{
    public BenefitEstimateFormValidator()
    {
        RuleFor(f => f.Year).GreaterThan(0).WithErrorCode("Financing.YearInvalid");
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _)).WithErrorCode("Financing.UnknownMunicipality");
        RuleFor(f => f.Amount).GreaterThanOrEqualTo(0).WithErrorCode("Financing.NotNegative")
            .Must(a => decimal.Round(a, 2) == a).WithErrorCode("Validation.Money");
        RuleFor(f => f.Basis).NotEmpty().WithErrorCode("Financing.BasisRequired").MaximumLength(500).WithErrorCode("Validation.TooLong");
    }
}

public sealed class SaveBenefitLiabilityEstimate : WriteUseCase<BenefitEstimateForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, BenefitEstimateForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.MunicipalityCode);
        var memberships = await write.Db.Memberships.AsNoTracking().Where(m => m.MunicipalityCode == code).ToListAsync(ct);
        if (!memberships.Any(m => m.CountsForBudgetYear(form.Year)))
            return write.Refuse(nameof(form.MunicipalityCode), "Validation.NotAMember");
        var existing = await write.Db.BenefitLiabilityEstimates.FirstOrDefaultAsync(e => e.Year == form.Year && e.MunicipalityCode == code, ct);
        if (existing is null)
        {
            existing = new BenefitLiabilityEstimate(Guid.NewGuid(), write.AreaId, form.Year, code, form.Amount, form.Basis.Trim());
            write.Db.BenefitLiabilityEstimates.Add(existing);
            return write.Save(existing);
        }
        write.Expect(existing, form.Version);
        existing.Change(form.Amount, form.Basis.Trim());
        return write.Save(existing);
    }
}
