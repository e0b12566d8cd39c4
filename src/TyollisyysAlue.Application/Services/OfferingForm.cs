using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>What the offering editor posts: a national service or a local one, how it is produced, for whom, how much.</summary>
public sealed class OfferingForm : IRowForm
{
    public Guid? Id { get; set; }
    /// <summary>The year of the service plan the offering belongs to.</summary>
    public int Year { get; set; }
    public string? NationalServiceCode { get; set; }
    public Guid? LocalServiceId { get; set; }
    public ProductionMode? Mode { get; set; }
    public StatutoryClass? StatutoryClass { get; set; }
    public IReadOnlyCollection<TargetGroups> TargetGroups { get; set; } = [];
    public int? Volume { get; set; }
    public VolumeUnit VolumeUnit { get; set; } = VolumeUnit.Customers;
    public decimal Cost { get; set; }
    public string? Producer { get; set; }
    public string? Note { get; set; }
    public uint Version { get; set; }

    public TargetGroups CombinedTargetGroups => TargetGroups.Aggregate(Domain.Services.TargetGroups.None, (all, g) => all | g);

    public static OfferingForm From(ServiceOffering o) => new()
    {
        Id = o.Id, Year = o.Year, NationalServiceCode = o.NationalServiceCode, LocalServiceId = o.LocalServiceId, Mode = o.Mode,
        StatutoryClass = o.StatutoryClass, TargetGroups = o.TargetGroups.Each().ToList(), Volume = o.Volume, VolumeUnit = o.VolumeUnit,
        Cost = o.Cost, Producer = o.Producer, Note = o.Note, Version = o.Version,
    };
}

/// <summary>Error codes are resource keys; property names are the fields.</summary>
public sealed class OfferingFormValidator : AbstractValidator<OfferingForm>
{
    public OfferingFormValidator()
    {
        RuleFor(f => f.NationalServiceCode).NotEmpty().When(f => f.LocalServiceId is null).WithErrorCode("Services.Validation.ServiceRequired");
        RuleFor(f => f.LocalServiceId).Null().When(f => !string.IsNullOrEmpty(f.NationalServiceCode)).WithErrorCode("Services.Validation.OneService");
        RuleFor(f => f.Mode).NotNull().WithErrorCode("Services.Validation.ModeRequired");
        RuleFor(f => f.Mode).IsInEnum().WithErrorCode("Services.Validation.ModeRequired");
        RuleFor(f => f.Cost).Must(BudgetLineFormValidator.BeMoney).WithErrorCode("Services.Validation.Cost");
        RuleFor(f => f.Volume).GreaterThanOrEqualTo(0).WithErrorCode("Services.Validation.Volume");
        RuleFor(f => f.Producer).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Note).MaximumLength(1000).WithErrorCode("Validation.TooLong");
    }
}
