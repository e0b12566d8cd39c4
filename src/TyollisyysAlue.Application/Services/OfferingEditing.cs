using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>The current area's offerings of a year: add, change (optimistic concurrency) and remove.</summary>
public sealed class OfferingEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<OfferingForm> validator)
{
    public async Task<EditOutcome<OfferingForm>> SaveAsync(int year, OfferingForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new EditOutcome<OfferingForm>.Invalid(result.Errors);

        await using var db = await contexts.CreateAsync(ct);
        if (form.NationalServiceCode is { Length: > 0 } code && !await db.NationalServices().AnyAsync(s => s.Code == code, ct))
            return Refusal.Of<OfferingForm>(nameof(form.NationalServiceCode), "Services.Validation.ServiceRequired");
        if (form.LocalServiceId is { } localId && !await db.LocalServices().AnyAsync(s => s.Id == localId, ct))
            return Refusal.Of<OfferingForm>(nameof(form.NationalServiceCode), "Services.Validation.ServiceRequired");

        ServiceOffering offering;
        if (form.Id is { } id)
        {
            var found = await db.ServiceOfferings().FirstOrDefaultAsync(o => o.Id == id, ct);
            if (found is null) return new EditOutcome<OfferingForm>.NotFound();
            offering = found;
            db.ExpectVersion(offering, form.Version);
        }
        else
        {
            offering = new ServiceOffering(Guid.NewGuid(), area.AreaId!.Value, year, form.Mode!.Value);
            db.ServiceOfferings().Add(offering);
        }
        offering.NationalServiceCode = string.IsNullOrEmpty(form.NationalServiceCode) ? null : form.NationalServiceCode;
        offering.LocalServiceId = offering.NationalServiceCode is null ? form.LocalServiceId : null;
        offering.Mode = form.Mode!.Value;
        offering.StatutoryClass = form.StatutoryClass;
        offering.TargetGroups = form.CombinedTargetGroups;
        offering.Volume = form.Volume;
        offering.VolumeUnit = form.VolumeUnit;
        offering.Cost = form.Cost;
        offering.Producer = Blank(form.Producer);
        offering.Note = Blank(form.Note);
        offering.IsDemo = false; // a planner's own figure is no longer invented demo data
        return await SaveChangesAsync(db, offering.Id, ct);
    }

    public async Task<EditOutcome<OfferingForm>> DeleteAsync(Guid id, uint version, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var offering = await db.ServiceOfferings().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offering is null) return new EditOutcome<OfferingForm>.NotFound();
        if (await db.ProcurementLines().AnyAsync(l => l.OfferingId == id, ct))
            return Refusal.Of<OfferingForm>(nameof(OfferingForm.Id), "Services.Validation.InProcurementPlan");
        db.ExpectVersion(offering, version);
        db.ServiceOfferings().Remove(offering);
        return await SaveChangesAsync(db, id, ct);
    }

    private Task<EditOutcome<OfferingForm>> SaveChangesAsync(IAppDbContext db, Guid id, CancellationToken ct) =>
        VersionedSave.SaveAsync(db, contexts, id, d => d.ServiceOfferings(), OfferingForm.From, ct);

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
