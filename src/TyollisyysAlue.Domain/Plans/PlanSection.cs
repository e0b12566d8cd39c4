using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// A section of one plan version: a heading and a Markdown body, optionally nested one level under another section,
/// optionally carrying a statutory point (a–f of §15(4), which makes it undeletable) and live data blocks.
/// </summary>
public class PlanSection : IAreaOwned
{
    public PlanSection(Guid id, Guid areaId, Guid versionId, Guid? parentId, int position, string heading, string body = "",
        StatutorySection? statutory = null)
    {
        Id = id;
        AreaId = areaId;
        VersionId = versionId;
        ParentId = parentId;
        Position = position;
        Heading = heading;
        Body = body;
        Statutory = statutory;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid VersionId { get; private set; }
    public Guid? ParentId { get; set; }
    public int Position { get; set; }
    public string Heading { get; set; }
    public string Body { get; set; }
    public StatutorySection? Statutory { get; private set; }
    /// <summary>Embedded live tables as "kind:year" pairs separated by commas (see <see cref="LiveBlockRefs"/>).</summary>
    public string LiveBlocks { get; set; } = string.Empty;
    /// <summary>The live tables as rendered when the version was approved (JSON), never re-rendered afterwards.</summary>
    public string? FrozenTablesJson { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public uint Version { get; private set; }

    public bool IsStatutory => Statutory is not null;

    /// <summary>Statutory sections (a–f) belong to every plan: refuse their deletion.</summary>
    public void EnsureDeletable(bool hasSubsections)
    {
        if (IsStatutory) throw new DomainException(PlanErrors.StatutoryUndeletable, $"Section '{Heading}' is statutory.");
        if (hasSubsections) throw new DomainException(PlanErrors.HasSubsections, $"Section '{Heading}' has subsections.");
    }

    /// <summary>Sections nest one level: the new parent must itself be a main section, and this one must have no children.</summary>
    public void NestUnder(PlanSection? parent, bool hasSubsections)
    {
        if (parent is not null && (parent.ParentId is not null || parent.Id == Id || hasSubsections))
            throw new DomainException(PlanErrors.NestOneLevel, "Sections nest one level only.");
        ParentId = parent?.Id;
    }

    /// <summary>A copy for a new draft version (same statutory point, text and blocks; not the frozen tables).</summary>
    public PlanSection CopyTo(Guid versionId, Guid newId, Guid? newParentId) =>
        new(newId, AreaId, versionId, newParentId, Position, Heading, Body, Statutory) { LiveBlocks = LiveBlocks };
}
