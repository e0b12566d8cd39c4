using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners delete an optional section without subsections (never a statutory one) of a draft version.</summary>
public sealed class DeleteSection : WriteUseCase<SectionRef>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, SectionRef form, CancellationToken ct)
    {
        var section = await EditableSections.FindAsync(write.Db, form.SectionId, ct);
        if (section is null) return write.Gone();
        section.EnsureDeletable(await write.Db.PlanSections.AnyAsync(s => s.ParentId == form.SectionId, ct));
        write.Db.PlanSections.Remove(section);
        return write.Save(section);
    }
}
