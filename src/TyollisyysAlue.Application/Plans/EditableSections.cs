using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Sections of draft versions only: a submitted or approved version is read-only.</summary>
internal static class EditableSections
{
    /// <summary>The section (tracked), or null when it is not in this area (removed meanwhile?); refuses a non-draft version.</summary>
    public static async Task<PlanSection?> FindAsync(IAppDbContext db, Guid sectionId, CancellationToken ct)
    {
        var section = await db.PlanSections.FirstOrDefaultAsync(s => s.Id == sectionId, ct);
        if (section is not null) await EditableVersionAsync(db, section.VersionId, ct);
        return section;
    }

    /// <summary>The version (untracked), or null when not in this area; throws the domain's NotDraft refusal for a non-draft.</summary>
    public static async Task<PlanVersion?> EditableVersionAsync(IAppDbContext db, Guid versionId, CancellationToken ct)
    {
        var version = await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
        version?.EnsureEditable();
        return version;
    }
}
