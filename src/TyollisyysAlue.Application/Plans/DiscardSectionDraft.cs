using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Plans;

/// <summary>The user throws away their autosaved draft of a section.</summary>
public sealed class DiscardSectionDraft : WriteUseCase<SectionRef>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, SectionRef form, CancellationToken ct)
    {
        if (write.UserId is not { } userId) return write.Gone();
        var draft = await write.Db.PlanDrafts.FirstOrDefaultAsync(d => d.SectionId == form.SectionId && d.UserId == userId, ct);
        if (draft is null) return write.Unchanged(form.SectionId, 0);
        write.Db.PlanDrafts.Remove(draft);
        return write.Save(draft);
    }
}
