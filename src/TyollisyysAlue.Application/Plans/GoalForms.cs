using FluentValidation;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

public sealed class GoalForm : IRowForm
{
    public Guid? Id { get; set; }
    public string Group { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public uint Version { get; set; }

    public static GoalForm From(PlanGoal goal) => new() { Id = goal.Id, Group = goal.Group, Title = goal.Title, Version = goal.Version };
}

public sealed class MetricForm : IRowForm
{
    public Guid? Id { get; set; }
    public Guid GoalId { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Baseline { get; set; }
    public string? Target { get; set; }
    public int? TargetYear { get; set; }
    public string? Source { get; set; }
    /// <summary>The indicator series the metric follows (its code); null: not linked.</summary>
    public string? SeriesIndicator { get; set; }
    /// <summary>The member whose series it follows (municipality code); null: the area total.</summary>
    public string? SeriesMember { get; set; }
    public decimal? BaselineValue { get; set; }
    public decimal? TargetValue { get; set; }
    public uint Version { get; set; }

    public static MetricForm From(PlanMetric m) => new()
    {
        Id = m.Id, GoalId = m.GoalId, Name = m.Name, Baseline = m.Baseline, Target = m.Target, TargetYear = m.TargetYear, Source = m.Source,
        SeriesIndicator = m.SeriesIndicatorCode, SeriesMember = m.SeriesMunicipality?.Value, BaselineValue = m.BaselineValue, TargetValue = m.TargetValue,
        Version = m.Version,
    };
}

public sealed class ActionForm : IRowForm
{
    public Guid? Id { get; set; }
    public Guid GoalId { get; set; }
    public string Description { get; set; } = string.Empty;
    public string? Owner { get; set; }
    public DateTime? Deadline { get; set; }
    public PlanActionStatus Status { get; set; } = PlanActionStatus.Planned;
    public uint Version { get; set; }

    public static ActionForm From(PlanAction a) => new()
    {
        Id = a.Id, GoalId = a.GoalId, Description = a.Description, Owner = a.Owner, Deadline = a.Deadline?.ToDateTime(TimeOnly.MinValue),
        Status = a.Status, Version = a.Version,
    };
}

public sealed class GoalFormValidator : AbstractValidator<GoalForm>
{
    public GoalFormValidator()
    {
        RuleFor(f => f.Group).NotEmpty().WithErrorCode("Plan.Validation.GroupRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Title).NotEmpty().WithErrorCode("Plan.Validation.GoalRequired").MaximumLength(500).WithErrorCode("Validation.TooLong");
    }
}

public sealed class MetricFormValidator : AbstractValidator<MetricForm>
{
    public MetricFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Name).NotEmpty().WithErrorCode("Plan.Validation.MetricRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Baseline).MaximumLength(100).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Target).MaximumLength(100).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Source).MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.TargetYear).Must(y => BudgetYears.IsPlausible(y!.Value, clock)).When(f => f.TargetYear is not null)
            .WithErrorCode("Plan.Validation.Year")
            .WithState(_ => new object[] { BudgetYears.EarliestPlausible(clock), BudgetYears.LatestPlausible(clock) });
        // A target without a year cannot be followed up.
        RuleFor(f => f.TargetYear).NotNull().When(f => !string.IsNullOrWhiteSpace(f.Target)).WithErrorCode("Plan.Validation.TargetYearRequired");
        // A member or figures only with a series to read them from; whether the area has that series needs the database (SaveMetric).
        RuleFor(f => f.SeriesMember).Must(c => MunicipalityCode.TryParse(c, out _)).When(f => !string.IsNullOrWhiteSpace(f.SeriesMember))
            .WithErrorCode("Plan.Validation.SeriesMemberUnknown");
        RuleFor(f => f.SeriesMember).Empty().When(f => string.IsNullOrWhiteSpace(f.SeriesIndicator)).WithErrorCode("Plan.Validation.SeriesRequired");
        RuleFor(f => f.BaselineValue).Null().When(f => string.IsNullOrWhiteSpace(f.SeriesIndicator)).WithErrorCode("Plan.Validation.SeriesRequired");
        RuleFor(f => f.TargetValue).Null().When(f => string.IsNullOrWhiteSpace(f.SeriesIndicator)).WithErrorCode("Plan.Validation.SeriesRequired");
        RuleFor(f => f.BaselineValue).Must(SeriesFigure).WithErrorCode("Plan.Validation.SeriesFigure");
        RuleFor(f => f.TargetValue).Must(SeriesFigure).WithErrorCode("Plan.Validation.SeriesFigure");
    }

    /// <summary>Like an indicator value: not negative, at most two decimals, within numeric(18,2).</summary>
    private static bool SeriesFigure(decimal? value) => value is not { } v || (v >= 0 && v < 1_000_000_000_000m && decimal.Round(v, 2) == v);
}

public sealed class ActionFormValidator : AbstractValidator<ActionForm>
{
    public ActionFormValidator()
    {
        RuleFor(f => f.Description).NotEmpty().WithErrorCode("Plan.Validation.ActionRequired").MaximumLength(1000).WithErrorCode("Validation.TooLong");
        // A concrete action has someone answering for it (Lahti's "Konkreettinen toimi — Vastuutaho — Aikataulu").
        RuleFor(f => f.Owner).NotEmpty().WithErrorCode("Plan.Validation.OwnerRequired").MaximumLength(200).WithErrorCode("Validation.TooLong");
    }
}
