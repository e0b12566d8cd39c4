using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Plans;

/// <summary>
/// A planner's unsaved text of a section, autosaved a few seconds after typing stops and offered again when the
/// editor opens. One per user and section; removed when the section is saved. <see cref="BaseVersion"/> is the
/// section's row version the typing started from.
/// </summary>
[NotAudited("A personal scratch copy autosaved every few seconds; the section's save is audited.")]
public class PlanDraft : IAreaOwned
{
    public PlanDraft(Guid id, Guid areaId, Guid sectionId, Guid userId, string body, uint baseVersion, DateTimeOffset savedAt)
    {
        Id = id;
        AreaId = areaId;
        SectionId = sectionId;
        UserId = userId;
        Body = body;
        BaseVersion = baseVersion;
        SavedAt = savedAt;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid SectionId { get; private set; }
    public Guid UserId { get; private set; }
    public string Body { get; set; }
    public uint BaseVersion { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}
