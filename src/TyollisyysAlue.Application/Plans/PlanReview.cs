using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.People;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>A comment thread: the first comment and its replies in order, and the names of the people in it.</summary>
public sealed record CommentThread(PlanComment Comment, IReadOnlyList<PlanComment> Replies, PersonNameBook Names)
{
    /// <summary>Who wrote a comment of this thread, by name (the comment stores the sign-in name).</summary>
    public string AuthorOf(PlanComment comment) => Names.Of(comment.Author);

    public string? ResolvedByName => Comment.ResolvedBy is { } by ? Names.Of(by) : null;
}

/// <summary>
/// Review of a version: the comment threads (written by <see cref="AddComment"/>, resolved by <see cref="ResolveComment"/>).
/// </summary>
public sealed class PlanReview(IAppDbContextFactory contexts, IPersonNames people)
{
    public const int MaxText = 4000;
    public const int MaxQuote = 1000;

    public async Task<IReadOnlyList<CommentThread>> ThreadsAsync(Guid versionId, Guid? sectionId = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var all = await db.PlanComments.AsNoTracking().Where(c => c.VersionId == versionId && (sectionId == null || c.SectionId == sectionId))
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var names = await people.LookUpAsync(all.Select(c => c.Author).Concat(all.Select(c => c.ResolvedBy)), ct: ct);
        return all.Where(c => c.ParentId is null).Select(c => new CommentThread(c, all.Where(r => r.ParentId == c.Id).ToList(), names)).ToList();
    }

    public async Task<int> UnresolvedCountAsync(Guid versionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.PlanComments.CountAsync(c => c.VersionId == versionId && c.ParentId == null && c.ResolvedAt == null, ct);
    }
}
