using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Plans;

/// <summary>One saved state of a section (its edit history): heading and text as saved, by whom and when.</summary>
public class PlanSectionRevision : IAreaOwned
{
    public PlanSectionRevision(Guid id, Guid areaId, Guid sectionId, string heading, string body, string savedBy, DateTimeOffset savedAt)
    {
        Id = id;
        AreaId = areaId;
        SectionId = sectionId;
        Heading = heading;
        Body = body;
        SavedBy = savedBy;
        SavedAt = savedAt;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public Guid SectionId { get; private set; }
    public string Heading { get; private set; }
    public string Body { get; private set; }
    public string SavedBy { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
}
