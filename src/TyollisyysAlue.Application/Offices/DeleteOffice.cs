using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Offices;

/// <summary>Planners remove an office.</summary>
public sealed class DeleteOffice : RowDelete<ServicePoint, OfficeForm>
{
    protected override DbSet<ServicePoint> Set(IAppDbContext db) => db.ServicePoints;
    protected override OfficeForm ToForm(ServicePoint point) => OfficeForm.From(point);
}
