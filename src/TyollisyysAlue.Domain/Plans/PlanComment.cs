using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// A review comment on a section, optionally on a quoted passage of it, or a reply to another comment
/// (<see cref="ParentId"/>). A thread is resolved on its first comment.
/// </summary>
public class PlanComment : IAreaOwned
{
    public PlanComment(Guid id, Guid areaId, Guid versionId, Guid sectionId, Guid? parentId, string text, string? quote,
        string author, DateTimeOffset createdAt)
    {
        Id = id;
        AreaId = areaId;
        VersionId = versionId;
        SectionId = sectionId;
        ParentId = parentId;
        Text = text;
        Quote = quote;
        Author = author;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid VersionId { get; private set; }
    public Guid SectionId { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Text { get; private set; }
    public string? Quote { get; private set; }
    public string Author { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? ResolvedBy { get; private set; }
    public uint Version { get; private set; }

    public bool IsResolved => ResolvedAt is not null;

    public void Resolve(string by, DateTimeOffset at)
    {
        ResolvedAt = at;
        ResolvedBy = by;
    }

    public void Reopen()
    {
        ResolvedAt = null;
        ResolvedBy = null;
    }
}
