using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>
/// Loads the production areas and creates, renames and removes a group (with its staff range and counting day).
/// Removing a group removes its units, each audited.
/// </summary>
public sealed class ProductionAreaEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<ProductionAreaForm> validator)
    : RowEditing<ProductionArea, ProductionAreaForm>(contexts, area, validator)
{
    public async Task<ProductionView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await Contexts.CreateAsync(ct);
        return await ProductionAreaQuery.LoadAsync(db, ct);
    }

    protected override DbSet<ProductionArea> Set(IAppDbContext db) => db.ProductionAreas;

    protected override ProductionArea Create(Guid areaId, ProductionAreaForm form) =>
        new(Guid.NewGuid(), areaId, 0, form.Name.Trim(), DateOnly.FromDateTime(form.CountedOn!.Value));

    protected override void Apply(ProductionArea group, ProductionAreaForm form)
    {
        group.Name = form.Name.Trim();
        group.CountedOn = DateOnly.FromDateTime(form.CountedOn!.Value);
        group.StaffLow = form.StaffLow;
        group.StaffHigh = form.StaffHigh;
    }

    protected override ProductionAreaForm ToForm(ProductionArea group) => ProductionAreaForm.From(group);

    /// <summary>A new group is numbered after the others.</summary>
    protected override async Task PrepareAsync(IAppDbContext db, ProductionArea group, CancellationToken ct)
    {
        if (group.Number != 0) return;
        group.Number = (await db.ProductionAreas.Where(a => a.Id != group.Id).MaxAsync(a => (int?)a.Number, ct) ?? 0) + 1;
    }

    protected override async Task RemovingAsync(IAppDbContext db, ProductionArea group, CancellationToken ct) =>
        db.ProductionAreaUnits.RemoveRange(await db.ProductionAreaUnits.Where(u => u.ProductionAreaId == group.Id).ToListAsync(ct));

    /// <summary>Names are unique in the area; a new counting day must still fit every unit's membership.</summary>
    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(IAppDbContext db, ProductionAreaForm form, CancellationToken ct)
    {
        var name = form.Name.Trim();
        var names = await db.ProductionAreas.AsNoTracking().Where(a => a.Id != form.Id).Select(a => a.Name).ToListAsync(ct);
        if (names.Any(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase)))
            return [Failure(nameof(ProductionAreaForm.Name), "ProductionAreas.Validation.NameTaken")];
        if (form.Id is not { } id) return [];
        var countedOn = DateOnly.FromDateTime(form.CountedOn!.Value);
        var codes = await db.ProductionAreaUnits.AsNoTracking().Where(u => u.ProductionAreaId == id).Select(u => u.MunicipalityCode).ToListAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        return codes.All(c => ProductionAreaQuery.MemberForCount(memberships, c, countedOn))
            ? [] : [Failure(nameof(ProductionAreaForm.CountedOn), "ProductionAreas.Validation.UnitsNotMembers")];
    }
}
