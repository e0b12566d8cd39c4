using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>
/// Planners create or change a production area (name, counting day, staff range). Names are unique in the area; a new
/// counting day must still fit every unit's membership; a new group is numbered after the others.
/// </summary>
public sealed class SaveProductionArea : RowSave<ProductionArea, ProductionAreaForm>
{
    protected override DbSet<ProductionArea> Set(IAppDbContext db) => db.ProductionAreas;

    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(WriteContext write, ProductionAreaForm form, CancellationToken ct)
    {
        var name = form.Name.Trim();
        var names = await write.Db.ProductionAreas.AsNoTracking().Where(a => a.Id != form.Id).Select(a => a.Name).ToListAsync(ct);
        if (names.Any(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase)))
            return [Failure(nameof(ProductionAreaForm.Name), "ProductionAreas.Validation.NameTaken")];
        if (form.Id is not { } id) return [];
        var countedOn = DateOnly.FromDateTime(form.CountedOn!.Value);
        var codes = await write.Db.ProductionAreaUnits.AsNoTracking().Where(u => u.ProductionAreaId == id).Select(u => u.MunicipalityCode).ToListAsync(ct);
        var memberships = await write.Db.Memberships.AsNoTracking().ToListAsync(ct);
        return codes.All(c => ProductionAreaQuery.MemberForCount(memberships, c, countedOn))
            ? [] : [Failure(nameof(ProductionAreaForm.CountedOn), "ProductionAreas.Validation.UnitsNotMembers")];
    }

    protected override Task<ProductionArea> CreateAsync(WriteContext write, ProductionAreaForm form, CancellationToken ct) =>
        Task.FromResult(new ProductionArea(Guid.NewGuid(), write.AreaId, 0, form.Name.Trim(), DateOnly.FromDateTime(form.CountedOn!.Value)));

    protected override void Apply(ProductionArea group, ProductionAreaForm form)
    {
        group.Name = form.Name.Trim();
        group.CountedOn = DateOnly.FromDateTime(form.CountedOn!.Value);
        group.StaffLow = form.StaffLow;
        group.StaffHigh = form.StaffHigh;
    }

    protected override async Task PrepareAsync(IAppDbContext db, ProductionArea group, CancellationToken ct)
    {
        if (group.Number != 0) return;
        group.Number = (await db.ProductionAreas.Where(a => a.Id != group.Id).MaxAsync(a => (int?)a.Number, ct) ?? 0) + 1;
    }

    protected override ProductionAreaForm ToForm(ProductionArea group) => ProductionAreaForm.From(group);
}
