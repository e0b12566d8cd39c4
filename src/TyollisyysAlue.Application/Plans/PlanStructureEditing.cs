using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// The outline of a draft version: add optional sections, delete them (never a statutory one), move them up or down
/// among their siblings, nest them one level, and choose their live blocks. Refusals are <see cref="DomainException"/>s,
/// also a section another planner removed meanwhile (<see cref="PlanErrors.SectionGone"/>) or changed in the same
/// instant (<see cref="PlanErrors.ChangedMeanwhile"/>), so the page can say so instead of failing.
/// </summary>
public sealed class PlanStructureEditing(IAppDbContextFactory contexts, AreaContext area)
{
    public async Task<Guid> AddAsync(Guid versionId, string heading, Guid? parentId, CancellationToken ct = default)
    {
        area.DemandEditRights();
        if (string.IsNullOrWhiteSpace(heading)) throw new DomainException("Plan.Validation.HeadingRequired", "A section needs a heading.");
        await using var db = await contexts.CreateAsync(ct);
        var version = await EditableVersionAsync(db, versionId, ct);
        var siblings = await db.PlanSections.Where(s => s.VersionId == versionId && s.ParentId == parentId).CountAsync(ct);
        var section = new PlanSection(Guid.NewGuid(), version.AreaId, versionId, null, siblings, heading.Trim());
        if (parentId is { } id)
        {
            var parent = await db.PlanSections.FirstOrDefaultAsync(s => s.Id == id && s.VersionId == versionId, ct)
                ?? throw new DomainException(PlanErrors.NestOneLevel, "No such parent section.");
            section.NestUnder(parent, hasSubsections: false);
        }
        db.PlanSections.Add(section);
        await SaveAsync(db, ct);
        return section.Id;
    }

    public async Task DeleteAsync(Guid sectionId, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var section = await SectionAsync(db, sectionId, ct);
        section.EnsureDeletable(await db.PlanSections.AnyAsync(s => s.ParentId == sectionId, ct));
        db.PlanSections.Remove(section);
        await SaveAsync(db, ct);
    }

    /// <summary>Swaps the section with its previous (-1) or next (+1) sibling.</summary>
    public async Task MoveAsync(Guid sectionId, int direction, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var section = await SectionAsync(db, sectionId, ct);
        var siblings = await db.PlanSections.Where(s => s.VersionId == section.VersionId && s.ParentId == section.ParentId)
            .OrderBy(s => s.Position).ToListAsync(ct);
        var index = siblings.FindIndex(s => s.Id == sectionId);
        var other = index + Math.Sign(direction);
        if (other < 0 || other >= siblings.Count) return;
        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        for (var i = 0; i < siblings.Count; i++) siblings[i].Position = i;
        await SaveAsync(db, ct);
    }

    /// <summary>Makes the section a subsection of the previous main section (indent) or a main section again (outdent).</summary>
    public async Task NestAsync(Guid sectionId, bool indent, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var section = await SectionAsync(db, sectionId, ct);
        var all = await db.PlanSections.Where(s => s.VersionId == section.VersionId).ToListAsync(ct);
        PlanSection? parent = null;
        if (indent)
        {
            parent = all.Where(s => s.ParentId == null && s.Position < section.Position && section.ParentId == null)
                .OrderByDescending(s => s.Position).FirstOrDefault()
                ?? throw new DomainException(PlanErrors.NestOneLevel, "No main section before this one.");
        }
        else if (section.ParentId is { } oldParent)
        {
            section.Position = all.First(s => s.Id == oldParent).Position;
            foreach (var later in all.Where(s => s.ParentId == null && s.Position > section.Position)) later.Position++;
            section.Position++;
        }
        section.NestUnder(parent, all.Any(s => s.ParentId == sectionId));
        if (parent is not null) section.Position = all.Count(s => s.ParentId == parent.Id && s.Id != sectionId);
        await SaveAsync(db, ct);
    }

    public async Task SetLiveBlocksAsync(Guid sectionId, IReadOnlyList<LiveBlockRef> blocks, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var section = await SectionAsync(db, sectionId, ct);
        section.LiveBlocks = LiveBlockRefs.Format(blocks.Distinct());
        await SaveAsync(db, ct);
    }

    private static async Task SaveAsync(IAppDbContext db, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException e)
        {
            throw new DomainException(PlanErrors.ChangedMeanwhile, "Another planner changed or removed these sections meanwhile: " + e.Message);
        }
    }

    private static async Task<PlanSection> SectionAsync(IAppDbContext db, Guid sectionId, CancellationToken ct)
    {
        var section = await db.PlanSections.FirstOrDefaultAsync(s => s.Id == sectionId, ct)
            ?? throw new DomainException(PlanErrors.SectionGone, "The section is not in this area (removed meanwhile?).");
        await EditableVersionAsync(db, section.VersionId, ct);
        return section;
    }

    private static async Task<PlanVersion> EditableVersionAsync(IAppDbContext db, Guid versionId, CancellationToken ct)
    {
        var version = await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct)
            ?? throw new KeyNotFoundException("No such plan version in this area.");
        version.EnsureEditable();
        return version;
    }
}
