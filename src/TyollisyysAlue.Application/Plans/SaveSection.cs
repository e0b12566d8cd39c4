using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// Saves a section's heading and text against the version the editor started from: a save based on an older text is
/// a conflict with the other person's text, and the refused text stays as this user's draft. Each save adds a history
/// entry and clears the user's draft. A version that is no longer a draft is refused (Plan.Error.NotDraft).
/// </summary>
public sealed class SaveSection : WriteUseCase<SectionForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, SectionForm form, CancellationToken ct)
    {
        var section = await EditableSections.FindAsync(write.Db, form.SectionId, ct);
        if (section is null) return write.Gone();
        if (section.Heading == form.Heading.Trim() && section.Body == form.Body && section.Version == form.Version)
            return write.Unchanged(section.Id, section.Version);
        // Only its place or live blocks changed meanwhile: the text this editor started from is still the text.
        var textUnchanged = section.Heading == form.BaseHeading && section.Body == form.BaseBody;
        write.Expect(section, textUnchanged ? section.Version : form.Version);

        section.Heading = form.Heading.Trim();
        section.Body = form.Body;
        section.UpdatedAt = write.Now;
        section.UpdatedBy = write.UserName;
        write.Db.PlanSectionRevisions.Add(new PlanSectionRevision(Guid.NewGuid(), section.AreaId, section.Id, section.Heading, section.Body,
            write.UserName, write.Now));
        if (write.UserId is { } userId)
            write.Db.PlanDrafts.RemoveRange(await write.Db.PlanDrafts.Where(d => d.SectionId == section.Id && d.UserId == userId).ToListAsync(ct));
        return write.Save(section);
    }

    protected internal override async Task<SectionForm?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await fresh.PlanSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subjectId, ct) is { } current ? SectionForm.From(current) : null;

    /// <summary>Both texts survive until a merged one is saved: the refused text becomes the user's draft.</summary>
    protected internal override async Task<bool> KeepRefusedAsync(WriteContext fresh, SectionForm form, CancellationToken ct)
    {
        if (fresh.UserId is not { } userId || await fresh.Db.PlanSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == form.SectionId, ct) is not { } current)
            return false;
        await SectionDrafts.UpsertAsync(fresh.Db, userId, current, form.Body, form.Version, fresh.Now, ct);
        return true;
    }
}
