using FluentValidation;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
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
    public uint Version { get; set; }

    public static MetricForm From(PlanMetric m) => new()
    {
        Id = m.Id, GoalId = m.GoalId, Name = m.Name, Baseline = m.Baseline, Target = m.Target, TargetYear = m.TargetYear, Source = m.Source, Version = m.Version,
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
    }
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
