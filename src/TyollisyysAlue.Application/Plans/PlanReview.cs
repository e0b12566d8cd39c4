using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>A comment thread: the first comment and its replies in order.</summary>
public sealed record CommentThread(PlanComment Comment, IReadOnlyList<PlanComment> Replies);

/// <summary>
/// Review of a version: committee members, planners and administrators comment on a section or a quoted passage and
/// reply; planners and administrators resolve (and reopen) threads. Approved versions take no more comments.
/// </summary>
public sealed class PlanReview(IAppDbContextFactory contexts, AreaContext area, TimeProvider clock)
{
    public const int MaxText = 4000;
    public const int MaxQuote = 1000;

    public async Task<IReadOnlyList<CommentThread>> ThreadsAsync(Guid versionId, Guid? sectionId = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var all = await db.PlanComments.AsNoTracking().Where(c => c.VersionId == versionId && (sectionId == null || c.SectionId == sectionId))
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);
        return all.Where(c => c.ParentId is null).Select(c => new CommentThread(c, all.Where(r => r.ParentId == c.Id).ToList())).ToList();
    }

    public async Task<int> UnresolvedCountAsync(Guid versionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.PlanComments.CountAsync(c => c.VersionId == versionId && c.ParentId == null && c.ResolvedAt == null, ct);
    }

    public async Task<Guid> CommentAsync(Guid sectionId, string text, string? quote, Guid? replyTo = null, CancellationToken ct = default)
    {
        if (area.AreaId is null || !AreaPermissions.CanReview(area.Roles))
            throw new UnauthorizedAccessException("Commenting needs the committee member, planner or administrator role.");
        text = text.Trim();
        quote = string.IsNullOrWhiteSpace(quote) ? null : quote.Trim();
        if (text.Length == 0 || text.Length > MaxText || quote?.Length > MaxQuote)
            throw new DomainException("Plan.Validation.CommentLength", "A comment needs text (at most 4000 characters).");
        await using var db = await contexts.CreateAsync(ct);
        var section = await db.PlanSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sectionId, ct)
            ?? throw new DomainException(PlanErrors.SectionGone, "The section is not in this area (removed meanwhile?).");
        var version = await db.PlanVersions.AsNoTracking().FirstAsync(v => v.Id == section.VersionId, ct);
        if (version.Status is PlanStatus.Approved or PlanStatus.Superseded)
            throw new DomainException(PlanErrors.NotDraft, "Approved versions take no comments.");
        if (replyTo is { } parent && !await db.PlanComments.AnyAsync(c => c.Id == parent && c.SectionId == sectionId && c.ParentId == null, ct))
            throw new KeyNotFoundException("No such comment.");
        var comment = new PlanComment(Guid.NewGuid(), section.AreaId, section.VersionId, sectionId, replyTo, text, replyTo is null ? quote : null,
            area.UserName ?? "?", clock.GetUtcNow());
        db.PlanComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment.Id;
    }

    public async Task ResolveAsync(Guid commentId, bool resolved, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var comment = await db.PlanComments.FirstOrDefaultAsync(c => c.Id == commentId && c.ParentId == null, ct)
            ?? throw new KeyNotFoundException("No such comment.");
        if (resolved) comment.Resolve(area.UserName ?? "?", clock.GetUtcNow());
        else comment.Reopen();
        await db.SaveChangesAsync(ct);
    }
}
