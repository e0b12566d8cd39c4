using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>A new optional section of a draft version, at the end of its level (under a main section if given).</summary>
public sealed record AddSectionForm(Guid VersionId, string Heading, Guid? ParentId = null);

public sealed class AddSectionFormValidator : AbstractValidator<AddSectionForm>
{
    public AddSectionFormValidator()
    {
        RuleFor(f => f.Heading).NotEmpty().WithErrorCode("Plan.Validation.HeadingRequired").MaximumLength(300).WithErrorCode("Validation.TooLong");
        RuleFor(f => f.VersionId).NotEmpty().WithErrorCode("Validation.Required");
    }
}

/// <summary>Planners add an optional section to a draft version (one level of nesting at most).</summary>
public sealed class AddSection : WriteUseCase<AddSectionForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, AddSectionForm form, CancellationToken ct)
    {
        var version = await EditableSections.EditableVersionAsync(write.Db, form.VersionId, ct);
        if (version is null) return write.Gone();
        var siblings = await write.Db.PlanSections.CountAsync(s => s.VersionId == form.VersionId && s.ParentId == form.ParentId, ct);
        var section = new PlanSection(Guid.NewGuid(), version.AreaId, form.VersionId, null, siblings, form.Heading.Trim());
        if (form.ParentId is { } parentId)
        {
            var parent = await write.Db.PlanSections.FirstOrDefaultAsync(s => s.Id == parentId && s.VersionId == form.VersionId, ct);
            if (parent is null) return write.Refuse(nameof(form.ParentId), PlanErrors.NestOneLevel);
            section.NestUnder(parent, hasSubsections: false);
        }
        write.Db.PlanSections.Add(section);
        return write.Save(section);
    }
}
