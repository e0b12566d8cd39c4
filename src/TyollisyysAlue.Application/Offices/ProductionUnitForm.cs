using TyollisyysAlue.Application.Common.Writing;
using FluentValidation;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>What the unit editor posts: the group, the municipality (or a district of it) and its jobseekers.</summary>
public sealed class ProductionUnitForm : IRowForm
{
    public Guid? Id { get; set; }
    public Guid ProductionAreaId { get; set; }
    public string? MunicipalityCode { get; set; }
    /// <summary>A district of the municipality (Kuopio's Maaninka-Nilsiä); empty = the whole municipality.</summary>
    public string? District { get; set; }
    public int Jobseekers { get; set; }
    public uint Version { get; set; }

    public static ProductionUnitForm From(ProductionAreaUnit u) => new()
    {
        Id = u.Id, ProductionAreaId = u.ProductionAreaId, MunicipalityCode = u.MunicipalityCode.Value, District = u.District,
        Jobseekers = u.Jobseekers, Version = u.Version,
    };
}

public sealed class ProductionUnitFormValidator : AbstractValidator<ProductionUnitForm>
{
    public ProductionUnitFormValidator()
    {
        RuleFor(f => f.ProductionAreaId).NotEmpty().WithErrorCode("ProductionAreas.Validation.GroupRequired");
        RuleFor(f => f.MunicipalityCode).Must(c => Domain.Municipalities.MunicipalityCode.TryParse(c, out _))
            .WithErrorCode("ProductionAreas.Validation.MunicipalityRequired");
        RuleFor(f => f.District).MaximumLength(100).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.Jobseekers).GreaterThanOrEqualTo(0).WithErrorCode("ProductionAreas.Validation.Negative");
    }
}
