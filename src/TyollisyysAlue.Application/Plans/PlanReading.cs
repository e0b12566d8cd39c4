using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Who removed a section (by name) and when (from the audit log), for "removed by … meanwhile".</summary>
public sealed record SectionRemoval(string RemovedBy, DateTimeOffset RemovedAt);

/// <summary>A section in reading order with its number ("2", "2.1").</summary>
public sealed record NumberedSection(PlanSection Section, string Number, int Level);

/// <summary>One version with its sections in order (main sections by position, each followed by its subsections).</summary>
public sealed record PlanView(PlanVersion Version, IReadOnlyList<NumberedSection> Sections)
{
    public NumberedSection? Find(Guid sectionId) => Sections.FirstOrDefault(s => s.Section.Id == sectionId);

    public static IReadOnlyList<NumberedSection> Number(IEnumerable<PlanSection> sections)
    {
        var all = sections.ToList();
        var result = new List<NumberedSection>();
        var main = 0;
        foreach (var top in all.Where(s => s.ParentId is null).OrderBy(s => s.Position))
        {
            main++;
            result.Add(new(top, main.ToString(System.Globalization.CultureInfo.InvariantCulture), 1));
            var sub = 0;
            foreach (var child in all.Where(s => s.ParentId == top.Id).OrderBy(s => s.Position))
                result.Add(new(child, $"{main}.{++sub}", 2));
        }
        return result;
    }
}

/// <summary>Reading the current area's plan: its versions, one version's sections, a section's history.</summary>
public sealed class PlanReading(IAppDbContextFactory contexts, Common.People.IPersonNames people)
{
    public async Task<IReadOnlyList<PlanVersion>> VersionsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.PlanVersions.AsNoTracking().OrderByDescending(v => v.VersionDate).ThenBy(v => v.Language).ToListAsync(ct);
    }

    public async Task<PlanView?> LoadAsync(Guid versionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var version = await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null) return null;
        var sections = await db.PlanSections.AsNoTracking().Where(s => s.VersionId == versionId).ToListAsync(ct);
        return new PlanView(version, PlanView.Number(sections));
    }

    /// <summary>The version to open by default: the open draft/submitted one of the language, else the latest approved.</summary>
    public static PlanVersion? Current(IReadOnlyList<PlanVersion> versions, string language) =>
        versions.Where(v => v.Language == language || versions.All(x => x.Language != language))
            .OrderBy(v => v.Status switch { PlanStatus.Draft or PlanStatus.Submitted => 0, PlanStatus.Approved => 1, _ => 2 })
            .ThenByDescending(v => v.VersionDate).FirstOrDefault();

    /// <summary>The approved version in force (the newest approved one in the reader's language, else any language), or none.</summary>
    public static PlanVersion? InForce(IReadOnlyList<PlanVersion> versions, string language) =>
        InLanguage(versions, language).Where(v => v.Status == PlanStatus.Approved).OrderByDescending(v => v.VersionDate).FirstOrDefault();

    /// <summary>The version being prepared (a draft or one submitted for approval), or none: never called "in force".</summary>
    public static PlanVersion? OpenDraft(IReadOnlyList<PlanVersion> versions, string language) =>
        InLanguage(versions, language).Where(v => v.Status is PlanStatus.Draft or PlanStatus.Submitted).OrderByDescending(v => v.VersionDate).FirstOrDefault();

    private static IEnumerable<PlanVersion> InLanguage(IReadOnlyList<PlanVersion> versions, string language) =>
        versions.Where(v => v.Language == language || versions.All(x => x.Language != language));

    public async Task<IReadOnlyList<PlanSectionRevision>> HistoryAsync(Guid sectionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.PlanSectionRevisions.AsNoTracking().Where(r => r.SectionId == sectionId).OrderByDescending(r => r.SavedAt).ToListAsync(ct);
    }

    /// <summary>The removal of a section of this area as the audit log recorded it; null when it never was one here.</summary>
    public async Task<SectionRemoval?> RemovalAsync(Guid sectionId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var key = sectionId.ToString();
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(PlanSection) && e.EntityKey == key && e.Action == Domain.Auditing.AuditAction.Deleted)
            .OrderByDescending(e => e.At).FirstOrDefaultAsync(ct);
        if (entry is null) return null;
        var names = await people.LookUpAsync([entry.UserName], [entry.UserId], ct);
        return new SectionRemoval(names.Of(entry.UserName, entry.UserId), entry.At);
    }
}
