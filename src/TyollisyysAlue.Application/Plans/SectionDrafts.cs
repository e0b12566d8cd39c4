using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// Autosaved, unsaved text of a section, one per user: written a couple of seconds after typing stops
/// (<see cref="SaveSectionDraft"/>), offered again when the editor opens, removed when the section is saved or the
/// user discards it (<see cref="DiscardSectionDraft"/>).
/// </summary>
public sealed class SectionDrafts(IAppDbContextFactory contexts, AreaContext area)
{
    public async Task<PlanDraft?> FindAsync(Guid sectionId, CancellationToken ct = default)
    {
        if (area.UserId is not { } userId) return null;
        await using var db = await contexts.CreateAsync(ct);
        return await db.PlanDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.SectionId == sectionId && d.UserId == userId, ct);
    }

    /// <summary>Stages the user's draft of the section (new or updated).</summary>
    internal static async Task<PlanDraft> UpsertAsync(IAppDbContext db, Guid userId, PlanSection section, string body, uint baseVersion,
        DateTimeOffset now, CancellationToken ct)
    {
        var draft = await db.PlanDrafts.FirstOrDefaultAsync(d => d.SectionId == section.Id && d.UserId == userId, ct);
        if (draft is null)
        {
            draft = new PlanDraft(Guid.NewGuid(), section.AreaId, section.Id, userId, body, baseVersion, now);
            db.PlanDrafts.Add(draft);
            return draft;
        }
        draft.Body = body;
        draft.BaseVersion = baseVersion;
        draft.SavedAt = now;
        return draft;
    }
}
