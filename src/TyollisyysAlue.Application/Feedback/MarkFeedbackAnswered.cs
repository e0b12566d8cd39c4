using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Feedback;

/// <summary>
/// Marks feedback answered, against the version the administrator saw (two administrators may answer at once). Which
/// rows a user can reach is row-level security's business: another area's feedback is simply not found.
/// </summary>
public abstract class MarkFeedbackAnswered : WriteUseCase<AnswerFeedbackForm>
{
    /// <summary>Whether this use case handles feedback of an area (true) or feedback about no area (false).</summary>
    protected abstract bool OfArea { get; }

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, AnswerFeedbackForm form, CancellationToken ct)
    {
        var feedback = await write.Db.AccessibilityFeedback.SingleOrDefaultAsync(f => f.Id == form.Id, ct);
        if (feedback is null || (feedback.AreaId is not null) != OfArea || (OfArea && feedback.AreaId != write.AreaId)) return write.Gone();
        write.Expect(feedback, form.Version);
        if (feedback.IsAnswered) return write.Conflict(feedback);
        feedback.MarkAnswered(write.Now, write.UserName, form.Note);
        return write.Save(feedback);
    }
}

/// <summary>An area's administrator answers feedback about the area.</summary>
public sealed class MarkAreaFeedbackAnswered : MarkFeedbackAnswered
{
    public override WriteRight Right => WriteRight.AreaAdmin;
    protected override bool OfArea => true;
}

/// <summary>The system administrator answers feedback about no particular area (the whole service).</summary>
public sealed class MarkServiceFeedbackAnswered : MarkFeedbackAnswered
{
    public override WriteRight Right => WriteRight.SystemAdmin;
    protected override bool OfArea => false;
}
