using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>A comment on a section (optionally on a quoted passage), or a reply to a thread.</summary>
public sealed class CommentForm
{
    public Guid SectionId { get; set; }
    public string Text { get; set; } = string.Empty;
    public string? Quote { get; set; }
    public Guid? ReplyTo { get; set; }
}

public sealed class CommentFormValidator : AbstractValidator<CommentForm>
{
    public CommentFormValidator()
    {
        RuleFor(f => f.Text).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= PlanReview.MaxText).WithErrorCode("Plan.Validation.CommentLength");
        RuleFor(f => f.Quote).Must(q => q is null || q.Trim().Length <= PlanReview.MaxQuote).WithErrorCode("Plan.Validation.CommentLength");
    }
}

/// <summary>
/// Committee members, planners and administrators comment on a draft or submitted version and reply to threads;
/// approved versions take no more comments.
/// </summary>
public sealed class AddComment : WriteUseCase<CommentForm>
{
    public override WriteRight Right => WriteRight.AreaReview;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, CommentForm form, CancellationToken ct)
    {
        var section = await write.Db.PlanSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == form.SectionId, ct);
        if (section is null) return write.Gone();
        var version = await write.Db.PlanVersions.AsNoTracking().FirstAsync(v => v.Id == section.VersionId, ct);
        if (version.Status is PlanStatus.Approved or PlanStatus.Superseded) return write.Refuse("", PlanErrors.NotDraft);
        if (form.ReplyTo is { } parent && !await write.Db.PlanComments.AnyAsync(c => c.Id == parent && c.SectionId == form.SectionId && c.ParentId == null, ct))
            return write.Gone();
        var quote = string.IsNullOrWhiteSpace(form.Quote) || form.ReplyTo is not null ? null : form.Quote.Trim();
        var comment = new PlanComment(Guid.NewGuid(), section.AreaId, section.VersionId, form.SectionId, form.ReplyTo, form.Text.Trim(), quote,
            write.UserName, write.Now);
        write.Db.PlanComments.Add(comment);
        return write.Save(comment);
    }
}
