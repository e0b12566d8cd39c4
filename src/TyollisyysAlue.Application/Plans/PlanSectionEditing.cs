using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// Saving a section's text with optimistic concurrency (xmin): a save based on an older version is refused with the
/// other person's text, and the refused text stays as this user's draft. Each save adds a history entry.
/// </summary>
public sealed class PlanSectionEditing(IAppDbContextFactory contexts, AreaContext area, IValidator<SectionForm> validator, TimeProvider clock)
{
    public async Task<SectionSaveOutcome> SaveAsync(SectionForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new SectionSaveOutcome.Invalid(result.Errors);

        await using var db = await contexts.CreateAsync(ct);
        var section = await db.PlanSections.FirstOrDefaultAsync(s => s.Id == form.SectionId, ct);
        if (section is null) return new SectionSaveOutcome.NotFound();
        if (!await db.PlanVersions.AnyAsync(v => v.Id == section.VersionId && v.Status == PlanStatus.Draft, ct))
            return new SectionSaveOutcome.ReadOnly();
        if (section.Heading == form.Heading.Trim() && section.Body == form.Body && section.Version == form.Version)
            return new SectionSaveOutcome.Saved(section.Version);

        ((DbContext)db).Entry(section).Property(s => s.Version).OriginalValue = form.Version;
        var now = clock.GetUtcNow();
        var by = area.UserName ?? "?";
        section.Heading = form.Heading.Trim();
        section.Body = form.Body;
        section.UpdatedAt = now;
        section.UpdatedBy = by;
        db.PlanSectionRevisions.Add(new PlanSectionRevision(Guid.NewGuid(), section.AreaId, section.Id, section.Heading, section.Body, by, now));
        if (area.UserId is { } userId)
            db.PlanDrafts.RemoveRange(await db.PlanDrafts.Where(d => d.SectionId == section.Id && d.UserId == userId).ToListAsync(ct));
        try
        {
            await db.SaveChangesAsync(ct);
            return new SectionSaveOutcome.Saved(section.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(form, ct);
        }
    }

    /// <summary>Keeps the refused text as the user's draft and answers with the text that won.</summary>
    private async Task<SectionSaveOutcome> ConflictAsync(SectionForm form, CancellationToken ct)
    {
        await using var db = await contexts.CreateAsync(ct);
        var current = await db.PlanSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == form.SectionId, ct);
        if (current is null) return new SectionSaveOutcome.NotFound();
        if (current.Heading == form.BaseHeading && current.Body == form.BaseBody && current.Version != form.Version)
        {
            // Only its place or live blocks changed meanwhile: the text this editor started from is still the text.
            form.Version = current.Version;
            return await SaveAsync(form, ct);
        }
        await SectionDrafts.UpsertAsync(db, area, current, form.Body, form.Version, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return new SectionSaveOutcome.Conflict(current.Heading, current.Body, current.Version, current.UpdatedBy, current.UpdatedAt);
    }
}
