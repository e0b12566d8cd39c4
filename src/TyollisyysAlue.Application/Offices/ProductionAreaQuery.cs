using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>The production areas with their units, and the shares computed from them.</summary>
public sealed record ProductionView(IReadOnlyList<ProductionArea> Areas, IReadOnlyList<ProductionAreaUnit> Units,
    IReadOnlyList<GroupShare> Shares, IReadOnlyList<AreaMember> Members)
{
    public int Total => Shares.Sum(s => s.Jobseekers);
}

/// <summary>What the jobseeker-count editor posts for one unit.</summary>
public sealed class ProductionUnitForm : IRowForm
{
    public Guid? Id { get; set; }
    public int Jobseekers { get; set; }
    public uint Version { get; set; }
}

public sealed class ProductionUnitFormValidator : AbstractValidator<ProductionUnitForm>
{
    public ProductionUnitFormValidator()
    {
        RuleFor(f => f.Id).NotNull();
        RuleFor(f => f.Jobseekers).GreaterThanOrEqualTo(0).WithErrorCode("ProductionAreas.Validation.Negative");
    }
}

/// <summary>Loads the production areas and changes a unit's jobseeker count (units are laid out by the seed or an import).</summary>
public sealed class ProductionAreaEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<ProductionUnitForm> validator)
    : RowEditing<ProductionAreaUnit, ProductionUnitForm>(contexts, area, validator)
{
    public async Task<ProductionView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await Contexts.CreateAsync(ct);
        var areas = await db.ProductionAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);
        var units = await db.ProductionAreaUnits.AsNoTracking().ToListAsync(ct);
        var members = await AreaMembers.EverAsync(db, ct);
        string Label(ProductionAreaUnit u) => u.District ?? members.FirstOrDefault(m => m.Code == u.MunicipalityCode)?.NameFi ?? u.MunicipalityCode.Value;
        var ordered = areas.SelectMany(a => units.Where(u => u.ProductionAreaId == a.Id).OrderBy(u => Label(u), StringComparer.Ordinal)).ToList();
        var shares = ProductionShares.Compute(areas.Select(a => new GroupCounts(a.Name, a.StaffLow, a.StaffHigh,
            ordered.Where(u => u.ProductionAreaId == a.Id).Select(u => new UnitCount(Label(u), u.Jobseekers, u.MunicipalityCode.Value, u.District is not null)).ToList())).ToList());
        return new ProductionView(areas, ordered, shares, members);
    }

    protected override DbSet<ProductionAreaUnit> Set(IAppDbContext db) => db.ProductionAreaUnits;
    protected override ProductionAreaUnit Create(Guid areaId, ProductionUnitForm form) => throw new InvalidOperationException("Units are changed, not added, here.");
    protected override void Apply(ProductionAreaUnit unit, ProductionUnitForm form) => unit.Jobseekers = form.Jobseekers;
    protected override ProductionUnitForm ToForm(ProductionAreaUnit unit) => new() { Id = unit.Id, Jobseekers = unit.Jobseekers, Version = unit.Version };
}
