using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>Planners remove one of the area's own services that no offering uses.</summary>
public sealed class DeleteLocalService : RowDelete<LocalService, LocalServiceForm>
{
    protected override DbSet<LocalService> Set(IAppDbContext db) => db.LocalServices();
    protected override LocalServiceForm ToForm(LocalService service) => LocalServiceForm.From(service);

    protected override async Task<IReadOnlyList<ValidationFailure>> CheckAsync(IAppDbContext db, LocalService service, CancellationToken ct) =>
        await db.ServiceOfferings().AnyAsync(o => o.LocalServiceId == service.Id, ct)
            ? [FieldError.Of(nameof(LocalServiceForm.Id), "Services.Validation.LocalServiceOffered")] : [];
}
