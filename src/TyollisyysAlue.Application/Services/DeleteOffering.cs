using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>Planners remove an offering that no procurement line names.</summary>
public sealed class DeleteOffering : RowDelete<ServiceOffering, OfferingForm>
{
    protected override DbSet<ServiceOffering> Set(IAppDbContext db) => db.ServiceOfferings();
    protected override OfferingForm ToForm(ServiceOffering offering) => OfferingForm.From(offering);

    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(IAppDbContext db, ServiceOffering offering, CancellationToken ct) =>
        await db.ProcurementLines().AnyAsync(l => l.OfferingId == offering.Id, ct)
            ? [FieldError.Of(nameof(OfferingForm.Id), "Services.Validation.InProcurementPlan")] : [];
}
