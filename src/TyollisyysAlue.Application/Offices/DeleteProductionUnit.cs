using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>Planners remove a production area's unit.</summary>
public sealed class DeleteProductionUnit : RowDelete<ProductionAreaUnit, ProductionUnitForm>
{
    protected override DbSet<ProductionAreaUnit> Set(IAppDbContext db) => db.ProductionAreaUnits;
    protected override ProductionUnitForm ToForm(ProductionAreaUnit unit) => ProductionUnitForm.From(unit);
}
