using FluentValidation;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>The live tables a section shows, in order.</summary>
public sealed record LiveBlocksForm(Guid SectionId, IReadOnlyList<LiveBlockRef> Blocks);

public sealed class LiveBlocksFormValidator : AbstractValidator<LiveBlocksForm>
{
    public LiveBlocksFormValidator()
    {
        RuleFor(f => f.SectionId).NotEmpty().WithErrorCode("Plan.Error.SectionGone");
        RuleFor(f => f.Blocks).NotNull().WithErrorCode("Validation.Required");
    }
}

/// <summary>Planners choose a section's live tables (members, cost split, budget…) of a draft version.</summary>
public sealed class SetLiveBlocks : WriteUseCase<LiveBlocksForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, LiveBlocksForm form, CancellationToken ct)
    {
        var section = await EditableSections.FindAsync(write.Db, form.SectionId, ct);
        if (section is null) return write.Gone();
        section.LiveBlocks = LiveBlockRefs.Format(form.Blocks.Distinct());
        return write.Save(section);
    }
}
