using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Financing;

namespace TyollisyysAlue.Application.Financing;

public sealed class StepForm
{
    public int FromDay { get; set; }
    public int? ToDay { get; set; }
    public decimal MunicipalPercent { get; set; }
}

/// <summary>The year's steps of the benefit liability, entered together from the statute.</summary>
public sealed class BenefitStepsForm
{
    public int Year { get; set; }
    public List<StepForm> Steps { get; set; } = [];
    public string Source { get; set; } = "";
    public bool IsDemo { get; set; }
}

public sealed class BenefitStepsFormValidator : AbstractValidator<BenefitStepsForm>
{
    public BenefitStepsFormValidator()
    {
        RuleFor(f => f.Year).GreaterThan(0).WithErrorCode("Financing.YearInvalid");
        RuleFor(f => f.Source).NotEmpty().WithErrorCode("Financing.SourceRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Steps).NotEmpty().WithErrorCode("Financing.StepsRequired")
            .Must(NotOverlapping).WithErrorCode("Financing.StepsOverlap");
        RuleForEach(f => f.Steps).ChildRules(step =>
        {
            step.RuleFor(s => s.FromDay).GreaterThanOrEqualTo(1).WithErrorCode("Financing.StepDays");
            step.RuleFor(s => s.ToDay).GreaterThanOrEqualTo(s => s.FromDay).When(s => s.ToDay is not null).WithErrorCode("Financing.StepDays");
            step.RuleFor(s => s.MunicipalPercent).InclusiveBetween(0, 100).WithErrorCode("Financing.PercentRange");
        });
    }

    private static bool NotOverlapping(List<StepForm> steps)
    {
        var ordered = steps.OrderBy(s => s.FromDay).ToList();
        return ordered.Zip(ordered.Skip(1)).All(p => p.First.ToDay is { } to && to < p.Second.FromDay);
    }
}

/// <summary>Replaces the year's steps (the statute states them as one table).</summary>
public sealed class SaveBenefitLiabilitySteps : WriteUseCase<BenefitStepsForm>
{
    public override WriteRight Right => WriteRight.SystemAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, BenefitStepsForm form, CancellationToken ct)
    {
        write.Db.BenefitLiabilitySteps.RemoveRange(await write.Db.BenefitLiabilitySteps.Where(s => s.Year == form.Year).ToListAsync(ct));
        BenefitLiabilityStep? first = null;
        foreach (var step in form.Steps.OrderBy(s => s.FromDay))
        {
            var row = new BenefitLiabilityStep(Guid.NewGuid(), form.Year, step.FromDay, step.ToDay, step.MunicipalPercent,
                form.Source.Trim(), form.IsDemo, write.UserName, write.Now);
            write.Db.BenefitLiabilitySteps.Add(row);
            first ??= row;
        }
        return write.Save(first!);
    }
}
