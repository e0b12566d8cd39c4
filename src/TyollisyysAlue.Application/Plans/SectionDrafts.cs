using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// Autosaved, unsaved text of a section, one per user: written a couple of seconds after typing stops, offered
/// again when the editor opens, removed when the section is saved or the user discards it.
/// </summary>
public sealed class SectionDrafts(IAppDbContextFactory contexts, AreaContext area, TimeProvider clock)
{
    public async Task<PlanDraft?> FindAsync(Guid sectionId, CancellationToken ct = default)
    {
        if (area.UserId is not { } userId) return null;
        await using var db = await contexts.CreateAsync(ct);
        return await db.PlanDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.SectionId == sectionId && d.UserId == userId, ct);
    }

    public async Task<bool> SaveAsync(Guid sectionId, string body, uint baseVersion, CancellationToken ct = default)
    {
        area.DemandEditRights();
        if (body.Length > SectionFormValidator.MaxBody) return false;
        await using var db = await contexts.CreateAsync(ct);
        var section = await db.PlanSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sectionId, ct);
        if (section is null || !await db.PlanVersions.AnyAsync(v => v.Id == section.VersionId && v.Status == PlanStatus.Draft, ct)) return false;
        await UpsertAsync(db, area, section, body, baseVersion, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task DiscardAsync(Guid sectionId, CancellationToken ct = default)
    {
        area.DemandEditRights();
        if (area.UserId is not { } userId) return;
        await using var db = await contexts.CreateAsync(ct);
        db.PlanDrafts.RemoveRange(await db.PlanDrafts.Where(d => d.SectionId == sectionId && d.UserId == userId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    internal static async Task UpsertAsync(IAppDbContext db, AreaContext area, PlanSection section, string body, uint baseVersion,
        DateTimeOffset now, CancellationToken ct)
    {
        if (area.UserId is not { } userId) return;
        var draft = await db.PlanDrafts.FirstOrDefaultAsync(d => d.SectionId == section.Id && d.UserId == userId, ct);
        if (draft is null)
        {
            db.PlanDrafts.Add(new PlanDraft(Guid.NewGuid(), section.AreaId, section.Id, userId, body, baseVersion, now));
            return;
        }
        draft.Body = body;
        draft.BaseVersion = baseVersion;
        draft.SavedAt = now;
    }
}
