using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Domain.Procurement;

namespace TyollisyysAlue.Application.Procurement;

/// <summary>What the procurement line editor posts. The schedule is a planned tender date plus the contract period in months.</summary>
public sealed class ProcurementLineForm : IRowForm
{
    public Guid? Id { get; set; }
    /// <summary>The year of the procurement plan the line belongs to.</summary>
    public int Year { get; set; }
    public Guid? OfferingId { get; set; }
    public string? Title { get; set; }
    public ProcurementCategory Category { get; set; } = ProcurementCategory.OtherSpecificService;
    public decimal EstimatedValue { get; set; }
    public ProcurementProcedure? Procedure { get; set; }
    public DirectAwardGround? DirectAwardGround { get; set; }
    public string? Supplier { get; set; }
    public DateTime? TenderDate { get; set; }
    public int? ContractMonths { get; set; }
    public uint Version { get; set; }

    public static ProcurementLineForm From(ProcurementLine l) => new()
    {
        Id = l.Id, Year = l.Year, OfferingId = l.OfferingId, Title = l.Title, Category = l.Category, EstimatedValue = l.EstimatedValue,
        Procedure = l.Procedure, DirectAwardGround = l.DirectAwardGround, Supplier = l.Supplier,
        TenderDate = l.TenderDate?.ToDateTime(TimeOnly.MinValue), ContractMonths = l.ContractMonths, Version = l.Version,
    };
}

/// <summary>Error codes are resource keys; property names are the fields.</summary>
public sealed class ProcurementLineFormValidator : AbstractValidator<ProcurementLineForm>
{
    public ProcurementLineFormValidator()
    {
        RuleFor(f => f.OfferingId).NotNull().WithErrorCode("Procurement.Validation.ServiceRequired");
        RuleFor(f => f.Category).IsInEnum().WithErrorCode("Procurement.Validation.CategoryRequired");
        RuleFor(f => f.EstimatedValue).Must(BudgetLineFormValidator.BeMoney).WithErrorCode("Procurement.Validation.Value");
        RuleFor(f => f.Procedure).NotNull().When(f => f.EstimatedValue > 0).WithErrorCode("Procurement.Validation.ProcedureRequired");
        RuleFor(f => f.DirectAwardGround).Null().When(f => f.Procedure != ProcurementProcedure.DirectAward)
            .WithErrorCode("Procurement.Validation.GroundOnlyForDirectAward");
        RuleFor(f => f.ContractMonths).InclusiveBetween(1, 120).WithErrorCode("Procurement.Validation.ContractMonths");
        RuleFor(f => f.Supplier).MaximumLength(200).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Title).MaximumLength(300).WithErrorCode("Validation.TooLong");
    }
}
