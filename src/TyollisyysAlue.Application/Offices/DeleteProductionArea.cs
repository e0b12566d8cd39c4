using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>Planners remove a production area with its units (each removal audited).</summary>
public sealed class DeleteProductionArea : RowDelete<ProductionArea, ProductionAreaForm>
{
    protected override DbSet<ProductionArea> Set(IAppDbContext db) => db.ProductionAreas;
    protected override ProductionAreaForm ToForm(ProductionArea group) => ProductionAreaForm.From(group);

    protected override async Task RemovingAsync(IAppDbContext db, ProductionArea group, CancellationToken ct) =>
        db.ProductionAreaUnits.RemoveRange(await db.ProductionAreaUnits.Where(u => u.ProductionAreaId == group.Id).ToListAsync(ct));
}
