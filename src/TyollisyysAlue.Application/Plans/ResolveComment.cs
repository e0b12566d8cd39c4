using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Mark a thread resolved, or reopen it.</summary>
public sealed record ResolveCommentForm(Guid CommentId, bool Resolved);

public sealed class ResolveCommentFormValidator : AbstractValidator<ResolveCommentForm>
{
    public ResolveCommentFormValidator() => RuleFor(f => f.CommentId).NotEmpty().WithErrorCode("Validation.Required");
}

/// <summary>Planners and administrators resolve (and reopen) comment threads.</summary>
public sealed class ResolveComment : WriteUseCase<ResolveCommentForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, ResolveCommentForm form, CancellationToken ct)
    {
        var comment = await write.Db.PlanComments.FirstOrDefaultAsync(c => c.Id == form.CommentId && c.ParentId == null, ct);
        if (comment is null) return write.Gone();
        if (form.Resolved) comment.Resolve(write.UserName, write.Now);
        else comment.Reopen();
        return write.Save(comment);
    }
}
