using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>
/// Planners add or change a production area's unit: a member municipality (on the group's counting day) or a district
/// of one. A whole municipality is in one group only, and a district once (it may sit in another group than its
/// municipality, as Kuopio's Maaninka-Nilsiä); a unique index catches a simultaneous save.
/// </summary>
public sealed class SaveProductionUnit : RowSave<ProductionAreaUnit, ProductionUnitForm>
{
    protected override DbSet<ProductionAreaUnit> Set(IAppDbContext db) => db.ProductionAreaUnits;

    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, ProductionUnitForm form, CancellationToken ct)
    {
        var db = write.Db;
        var group = await db.ProductionAreas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == form.ProductionAreaId, ct);
        if (group is null) return [Failure(nameof(ProductionUnitForm.ProductionAreaId), "ProductionAreas.Validation.GroupRequired")];
        var code = MunicipalityCode.Parse(form.MunicipalityCode!);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.MunicipalityCode == code).ToListAsync(ct);
        if (!ProductionAreaQuery.MemberForCount(memberships, code, group.CountedOn))
            return [Failure(nameof(ProductionUnitForm.MunicipalityCode), "ProductionAreas.Validation.NotAMember")];

        var district = Clean(form.District);
        var others = await db.ProductionAreaUnits.AsNoTracking().Where(u => u.MunicipalityCode == code && u.Id != form.Id).ToListAsync(ct);
        if (district is null && others.Any(u => u.District is null))
            return [Failure(nameof(ProductionUnitForm.MunicipalityCode), "ProductionAreas.Validation.MunicipalityTaken")];
        if (district is not null && others.Any(u => string.Equals(u.District, district, StringComparison.OrdinalIgnoreCase)))
            return [Failure(nameof(ProductionUnitForm.District), "ProductionAreas.Validation.DistrictTaken")];
        return [];
    }

    protected override Task<ProductionAreaUnit> CreateAsync(WriteContext write, ProductionUnitForm form, CancellationToken ct) =>
        Task.FromResult(new ProductionAreaUnit(Guid.NewGuid(), write.AreaId, form.ProductionAreaId, MunicipalityCode.Parse(form.MunicipalityCode!), form.Jobseekers));

    protected override void Apply(ProductionAreaUnit unit, ProductionUnitForm form)
    {
        unit.ProductionAreaId = form.ProductionAreaId;
        unit.MunicipalityCode = MunicipalityCode.Parse(form.MunicipalityCode!);
        unit.District = Clean(form.District);
        unit.Jobseekers = form.Jobseekers;
    }

    protected override ProductionUnitForm ToForm(ProductionAreaUnit unit) => ProductionUnitForm.From(unit);

    protected internal override Task<IReadOnlyList<ValidationFailure>> RefusedByDatabaseAsync(WriteContext fresh, DbUpdateException error,
        ProductionUnitForm form, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ValidationFailure>>(!DatabaseRefusals.IsUniqueViolation(error) ? [] // the index on (area, municipality, district)
            : Clean(form.District) is null ? [Failure(nameof(ProductionUnitForm.MunicipalityCode), "ProductionAreas.Validation.MunicipalityTaken")]
            : [Failure(nameof(ProductionUnitForm.District), "ProductionAreas.Validation.DistrictTaken")]);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
