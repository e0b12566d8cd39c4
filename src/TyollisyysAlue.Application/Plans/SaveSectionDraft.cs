using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Plans;

/// <summary>The unsaved text of a section as typed, and the section version it was typed on.</summary>
public sealed record SectionDraftForm(Guid SectionId, string Body, uint BaseVersion);

public sealed class SectionDraftFormValidator : AbstractValidator<SectionDraftForm>
{
    public SectionDraftFormValidator()
    {
        RuleFor(f => f.SectionId).NotEmpty().WithErrorCode("Plan.Error.SectionGone");
        RuleFor(f => f.Body).NotNull().WithErrorCode("Validation.Required").MaximumLength(SectionFormValidator.MaxBody).WithErrorCode("Validation.TooLong");
    }
}

/// <summary>Autosaves the user's draft of a section of a draft version (a scratch copy, not audited).</summary>
public sealed class SaveSectionDraft : WriteUseCase<SectionDraftForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    /// <summary>Two tabs of one user autosaving a section's first draft at once: the later one updates the draft.</summary>
    protected internal override bool StagesAgainWhenRaced => true;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, SectionDraftForm form, CancellationToken ct)
    {
        if (write.UserId is not { } userId) return write.Gone();
        var section = await EditableSections.FindAsync(write.Db, form.SectionId, ct);
        if (section is null) return write.Gone();
        return write.Save(await SectionDrafts.UpsertAsync(write.Db, userId, section, form.Body, form.BaseVersion, write.Now, ct));
    }
}
