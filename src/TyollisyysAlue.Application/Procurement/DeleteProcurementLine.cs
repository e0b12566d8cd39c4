using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Procurement;

namespace TyollisyysAlue.Application.Procurement;

/// <summary>Planners remove a line of the procurement plan.</summary>
public sealed class DeleteProcurementLine : RowDelete<ProcurementLine, ProcurementLineForm>
{
    protected override DbSet<ProcurementLine> Set(IAppDbContext db) => db.ProcurementLines();
    protected override ProcurementLineForm ToForm(ProcurementLine line) => ProcurementLineForm.From(line);
}
