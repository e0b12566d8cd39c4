using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Procurement;

namespace TyollisyysAlue.Application.Procurement;

/// <summary>The current area's procurement plan of a year: add, change (optimistic concurrency) and remove lines.</summary>
public sealed class ProcurementEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<ProcurementLineForm> validator)
{
    public async Task<EditOutcome<ProcurementLineForm>> SaveAsync(int year, ProcurementLineForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new EditOutcome<ProcurementLineForm>.Invalid(result.Errors);

        await using var db = await contexts.CreateAsync(ct);
        var offeringId = form.OfferingId!.Value;
        if (!await db.ServiceOfferings().AnyAsync(o => o.Id == offeringId && o.Year == year, ct))
            return Refusal.Of<ProcurementLineForm>(nameof(form.OfferingId), "Procurement.Validation.ServiceRequired");

        ProcurementLine line;
        if (form.Id is { } id)
        {
            var found = await db.ProcurementLines().FirstOrDefaultAsync(l => l.Id == id, ct);
            if (found is null) return new EditOutcome<ProcurementLineForm>.NotFound();
            line = found;
            db.ExpectVersion(line, form.Version);
        }
        else
        {
            line = new ProcurementLine(Guid.NewGuid(), area.AreaId!.Value, year, offeringId, form.Category, form.EstimatedValue);
            db.ProcurementLines().Add(line);
        }
        line.OfferingId = offeringId;
        line.Title = OfferingEditing.Blank(form.Title);
        line.Category = form.Category;
        line.EstimatedValue = form.EstimatedValue;
        line.Procedure = form.Procedure;
        line.DirectAwardGround = form.Procedure == ProcurementProcedure.DirectAward ? form.DirectAwardGround : null;
        line.Supplier = OfferingEditing.Blank(form.Supplier);
        line.TenderDate = form.TenderDate is { } date ? DateOnly.FromDateTime(date) : null;
        line.ContractMonths = form.ContractMonths;
        line.IsDemo = false;
        return await SaveChangesAsync(db, line.Id, ct);
    }

    public async Task<EditOutcome<ProcurementLineForm>> DeleteAsync(Guid id, uint version, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var line = await db.ProcurementLines().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (line is null) return new EditOutcome<ProcurementLineForm>.NotFound();
        db.ExpectVersion(line, version);
        db.ProcurementLines().Remove(line);
        return await SaveChangesAsync(db, id, ct);
    }

    private Task<EditOutcome<ProcurementLineForm>> SaveChangesAsync(IAppDbContext db, Guid id, CancellationToken ct) =>
        VersionedSave.SaveAsync(db, contexts, id, d => d.ProcurementLines(), ProcurementLineForm.From, ct);
}
