using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Indent a section under the previous main section, or outdent it to a main section again.</summary>
public sealed record NestSectionForm(Guid SectionId, bool Indent);

public sealed class NestSectionFormValidator : AbstractValidator<NestSectionForm>
{
    public NestSectionFormValidator() => RuleFor(f => f.SectionId).NotEmpty().WithErrorCode("Plan.Error.SectionGone");
}

/// <summary>Planners nest sections one level deep at most.</summary>
public sealed class NestSection : WriteUseCase<NestSectionForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, NestSectionForm form, CancellationToken ct)
    {
        var section = await EditableSections.FindAsync(write.Db, form.SectionId, ct);
        if (section is null) return write.Gone();
        var all = await write.Db.PlanSections.Where(s => s.VersionId == section.VersionId).ToListAsync(ct);
        PlanSection? parent = null;
        if (form.Indent)
        {
            parent = all.Where(s => s.ParentId == null && s.Position < section.Position && section.ParentId == null)
                .OrderByDescending(s => s.Position).FirstOrDefault();
            if (parent is null) return write.Refuse("", PlanErrors.NestOneLevel);
        }
        else if (section.ParentId is { } oldParent)
        {
            section.Position = all.First(s => s.Id == oldParent).Position;
            foreach (var later in all.Where(s => s.ParentId == null && s.Position > section.Position)) later.Position++;
            section.Position++;
        }
        section.NestUnder(parent, all.Any(s => s.ParentId == form.SectionId));
        if (parent is not null) section.Position = all.Count(s => s.ParentId == parent.Id && s.Id != form.SectionId);
        return write.Save(section);
    }
}
