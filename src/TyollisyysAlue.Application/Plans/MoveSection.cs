using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Swap a section with its previous (-1) or next (+1) sibling.</summary>
public sealed record MoveSectionForm(Guid SectionId, int Direction);

public sealed class MoveSectionFormValidator : AbstractValidator<MoveSectionForm>
{
    public MoveSectionFormValidator()
    {
        RuleFor(f => f.SectionId).NotEmpty().WithErrorCode("Plan.Error.SectionGone");
        RuleFor(f => f.Direction).Must(d => d is -1 or 1).WithErrorCode("Validation.Required");
    }
}

/// <summary>Planners move a section up or down among its siblings; at either end nothing changes.</summary>
public sealed class MoveSection : WriteUseCase<MoveSectionForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, MoveSectionForm form, CancellationToken ct)
    {
        var section = await EditableSections.FindAsync(write.Db, form.SectionId, ct);
        if (section is null) return write.Gone();
        var siblings = await write.Db.PlanSections.Where(s => s.VersionId == section.VersionId && s.ParentId == section.ParentId)
            .OrderBy(s => s.Position).ToListAsync(ct);
        var index = siblings.FindIndex(s => s.Id == form.SectionId);
        var other = index + form.Direction;
        if (other < 0 || other >= siblings.Count) return write.Unchanged(section.Id, section.Version);
        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        for (var i = 0; i < siblings.Count; i++) siblings[i].Position = i;
        return write.Save(section);
    }
}
