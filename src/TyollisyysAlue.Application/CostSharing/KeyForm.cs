using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>One editable criterion: indicator, weight and which values (a date, or the last month of a 12-month average).</summary>
public sealed class CriterionForm
{
    public string IndicatorCode { get; set; } = string.Empty;
    public decimal WeightPercent { get; set; }
    public IndicatorKind ReferenceKind { get; set; } = IndicatorKind.PointInTime;
    public DateTime? ReferenceDate { get; set; }

    public IndicatorReference? Reference => ReferenceDate is { } d ? new IndicatorReference(ReferenceKind, DateOnly.FromDateTime(d)) : null;
}

/// <summary>What the key editor posts. <see cref="Version"/> is the key's row version when editing began.</summary>
public sealed class KeyForm : IRowForm
{
    public Guid? Id { get; set; }
    /// <summary>The budget year the key is for.</summary>
    public int Year { get; set; }
    public string Name { get; set; } = string.Empty;
    public List<CriterionForm> Criteria { get; set; } = [];
    public uint Version { get; set; }

    public static KeyForm From(AllocationKey key) => new()
    {
        Id = key.Id, Year = key.BudgetYear, Name = key.Name, Version = key.Version,
        Criteria = key.Criteria.Select(c => new CriterionForm
        {
            IndicatorCode = c.IndicatorCode, WeightPercent = c.WeightPercent, ReferenceKind = c.ReferenceKind,
            ReferenceDate = c.ReferenceDate.ToDateTime(TimeOnly.MinValue),
        }).ToList(),
    };

    public decimal WeightTotal => Criteria.Sum(c => c.WeightPercent);

    /// <summary>A new year's key from the previous year's, every reference date moved one year later.</summary>
    public KeyForm RollForward() => new()
    {
        Year = Year + 1,
        Name = Name,
        Criteria = Criteria.Select(c => new CriterionForm
        {
            IndicatorCode = c.IndicatorCode, WeightPercent = c.WeightPercent, ReferenceKind = c.ReferenceKind,
            ReferenceDate = c.ReferenceDate?.AddYears(1),
        }).ToList(),
    };
}

public sealed class KeyFormValidator : AbstractValidator<KeyForm>
{
    public KeyFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("Validation.NameRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Criteria).NotEmpty().WithErrorCode("Validation.CriteriaRequired");
        RuleFor(f => f.WeightTotal).Equal(100m).When(f => f.Criteria.Count > 0).WithErrorCode("Validation.WeightsSum");
        RuleFor(f => f.Criteria).Must(c => c.Select(x => x.IndicatorCode).Distinct().Count() == c.Count)
            .WithErrorCode("Validation.DuplicateIndicator");
        RuleForEach(f => f.Criteria).ChildRules(c =>
        {
            c.RuleFor(x => x.IndicatorCode).NotEmpty().WithErrorCode("Validation.IndicatorRequired");
            c.RuleFor(x => x.WeightPercent).InclusiveBetween(0m, 100m).WithErrorCode("Validation.WeightRange")
                .Must(w => decimal.Round(w, 4) == w).WithErrorCode("Validation.WeightRange");
            c.RuleFor(x => x.ReferenceDate).NotNull().WithErrorCode("Validation.ReferenceRequired");
        });
    }
}
