using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Feedback;

namespace TyollisyysAlue.Application.Feedback;

/// <summary>
/// The feedback an administrator answers: the entered area's (its administrators), or the feedback about no area (the
/// system administrator). Row-level security decides the same independently; the filters here say which list is meant.
/// Newest first, unanswered before answered.
/// </summary>
public sealed class FeedbackQuery(IAppDbContextFactory contexts, AreaContext area)
{
    public async Task<IReadOnlyList<AccessibilityFeedback>> OfAreaAsync(CancellationToken ct = default)
    {
        var areaId = EnteredArea();
        await using var db = await contexts.CreateAsync(ct);
        return await Ordered(db.AccessibilityFeedback.AsNoTracking().Where(f => f.AreaId == areaId)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<AccessibilityFeedback>> AboutNoAreaAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await Ordered(db.AccessibilityFeedback.AsNoTracking().Where(f => f.AreaId == null)).ToListAsync(ct);
    }

    /// <summary>How many of the entered area's messages wait for an answer (the notice on the administration page).</summary>
    public async Task<int> UnansweredOfAreaAsync(CancellationToken ct = default)
    {
        var areaId = EnteredArea();
        await using var db = await contexts.CreateAsync(ct);
        return await db.AccessibilityFeedback.CountAsync(f => f.AreaId == areaId && f.AnsweredAt == null, ct);
    }

    public async Task<int> UnansweredAboutNoAreaAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.AccessibilityFeedback.CountAsync(f => f.AreaId == null && f.AnsweredAt == null, ct);
    }

    private Guid EnteredArea() => area.AreaId ?? throw new AreaNotEnteredException(nameof(AccessibilityFeedback));

    private static IQueryable<AccessibilityFeedback> Ordered(IQueryable<AccessibilityFeedback> query) =>
        query.OrderBy(f => f.AnsweredAt != null).ThenByDescending(f => f.ReceivedAt);
}
