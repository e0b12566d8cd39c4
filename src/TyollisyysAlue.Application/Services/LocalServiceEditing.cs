using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>The current area's own services ("paikalliset lisäpalvelut"): add, rename (optimistic concurrency), remove.</summary>
public sealed class LocalServiceEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<LocalServiceForm> validator)
{
    public async Task<EditOutcome<LocalServiceForm>> SaveAsync(LocalServiceForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new EditOutcome<LocalServiceForm>.Invalid(result.Errors);
        await using var db = await contexts.CreateAsync(ct);
        LocalService service;
        if (form.Id is { } id)
        {
            var found = await db.LocalServices().FirstOrDefaultAsync(s => s.Id == id, ct);
            if (found is null) return new EditOutcome<LocalServiceForm>.NotFound();
            service = found;
            db.ExpectVersion(service, form.Version);
        }
        else
        {
            service = new LocalService(Guid.NewGuid(), area.AreaId!.Value, form.Group, form.Audience, form.NameFi.Trim());
            db.LocalServices().Add(service);
        }
        service.Group = form.Group;
        service.Audience = form.Audience;
        service.NameFi = form.NameFi.Trim();
        service.NameSv = OfferingEditing.Blank(form.NameSv);
        service.NameEn = OfferingEditing.Blank(form.NameEn);
        return await SaveChangesAsync(db, service.Id, ct);
    }

    public async Task<EditOutcome<LocalServiceForm>> DeleteAsync(Guid id, uint version, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var service = await db.LocalServices().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (service is null) return new EditOutcome<LocalServiceForm>.NotFound();
        if (await db.ServiceOfferings().AnyAsync(o => o.LocalServiceId == id, ct))
            return Refusal.Of<LocalServiceForm>(nameof(LocalServiceForm.Id), "Services.Validation.LocalServiceOffered");
        db.ExpectVersion(service, version);
        db.LocalServices().Remove(service);
        return await SaveChangesAsync(db, id, ct);
    }

    private Task<EditOutcome<LocalServiceForm>> SaveChangesAsync(IAppDbContext db, Guid id, CancellationToken ct) =>
        VersionedSave.SaveAsync(db, contexts, id, d => d.LocalServices(), LocalServiceForm.From, ct);
}
