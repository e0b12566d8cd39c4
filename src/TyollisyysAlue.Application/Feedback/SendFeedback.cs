using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Feedback;

namespace TyollisyysAlue.Application.Feedback;

/// <summary>
/// Anyone sends accessibility feedback (Act 306/2019). Feedback about an area is written inside that area, so that only
/// its administrators read it; feedback about no area is read only by the system administrator. The sender cannot read
/// it back (row-level security): the form is a drop box, rate-limited at the door.
/// </summary>
public sealed class SendFeedback : WriteUseCase<SendFeedbackForm>
{
    public override WriteRight Right => WriteRight.Anyone;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, SendFeedbackForm form, CancellationToken ct)
    {
        if (form.AreaId is { } areaId)
        {
            if (!await write.Db.Areas.AnyAsync(a => a.Id == areaId, ct))
                return write.Refuse(nameof(SendFeedbackForm.AreaId), "Feedback.Validation.NoSuchArea");
            write.SendToArea(areaId);
        }
        var feedback = new AccessibilityFeedback(Guid.NewGuid(), write.Now, form.AreaId, Clean(form.Name), Clean(form.Email),
            Clean(form.Page), form.Message.Trim());
        write.Db.AccessibilityFeedback.Add(feedback);
        return write.Save(feedback);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
