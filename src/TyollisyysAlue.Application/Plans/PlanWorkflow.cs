using TyollisyysAlue.Texts;
using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// Draft → submitted → approved → superseded. Planners and administrators move a version along (the committee's
/// decision is recorded by them); approval freezes every live table of the version as rendered on its date.
/// </summary>
public sealed class PlanWorkflow(IAppDbContextFactory contexts, AreaContext area, LiveBlockRenderer renderer, TimeProvider clock,
    IValidator<ApprovalForm> approvalValidator, IValidator<NewVersionForm> versionValidator)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SubmitAsync(Guid versionId, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        var version = await VersionAsync(db, versionId, ct);
        version.Submit(area.UserName ?? "?", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task ReturnToDraftAsync(Guid versionId, CancellationToken ct = default)
    {
        area.DemandEditRights();
        await using var db = await contexts.CreateAsync(ct);
        (await VersionAsync(db, versionId, ct)).ReturnToDraft();
        await db.SaveChangesAsync(ct);
    }

    public async Task<PlanOutcome> ApproveAsync(Guid versionId, ApprovalForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await approvalValidator.ValidateAsync(form, ct);
        if (!result.IsValid) return new PlanOutcome.Invalid(result.Errors);
        await using var db = await contexts.CreateAsync(ct);
        var version = await VersionAsync(db, versionId, ct);
        version.Approve(form.DecisionBody, DateOnly.FromDateTime(form.DecisionDate!.Value), form.DecisionSection);
        foreach (var section in await db.PlanSections.Where(s => s.VersionId == versionId).ToListAsync(ct))
        {
            var blocks = LiveBlockRefs.Parse(section.LiveBlocks);
            section.FrozenTablesJson = blocks.Count == 0 ? null
                : JsonSerializer.Serialize(await renderer.RenderAsync(blocks, version.VersionDate, version.Language, ct), Json);
        }
        foreach (var older in await db.PlanVersions.Where(v => v.Id != versionId && v.Language == version.Language && v.Status == PlanStatus.Approved).ToListAsync(ct))
            older.Supersede();
        await db.SaveChangesAsync(ct);
        return new PlanOutcome.Done(versionId);
    }

    /// <summary>
    /// A new draft: a copy of the given approved version's sections, or the six statutory sections when starting
    /// afresh. One open (draft or submitted) version per language at a time.
    /// </summary>
    public async Task<PlanOutcome> StartDraftAsync(NewVersionForm form, CancellationToken ct = default)
    {
        area.DemandEditRights();
        var result = await versionValidator.ValidateAsync(form, ct);
        if (!result.IsValid) return new PlanOutcome.Invalid(result.Errors);
        await using var db = await contexts.CreateAsync(ct);
        if (await db.PlanVersions.AnyAsync(v => v.Language == form.Language && (v.Status == PlanStatus.Draft || v.Status == PlanStatus.Submitted), ct))
            throw new DomainException(PlanErrors.OpenVersionExists, "An open version of this language exists.");
        var version = new PlanVersion(Guid.NewGuid(), area.AreaId!.Value, form.Label.Trim(), DateOnly.FromDateTime(form.VersionDate!.Value),
            form.Language, form.Title.Trim()) { BasedOnId = form.BasedOnId };
        db.PlanVersions.Add(version);
        if (form.BasedOnId is { } basedOn)
        {
            var sections = await db.PlanSections.AsNoTracking().Where(s => s.VersionId == basedOn).ToListAsync(ct);
            var ids = sections.ToDictionary(s => s.Id, _ => Guid.NewGuid());
            db.PlanSections.AddRange(sections.Select(s => s.CopyTo(version.Id, ids[s.Id], s.ParentId is { } p ? ids[p] : null)));
        }
        else
        {
            db.PlanSections.AddRange(StatutorySections.All.Select((p, i) =>
                new PlanSection(Guid.NewGuid(), version.AreaId, version.Id, null, i, TextTable.In(form.Language).Of("Plan.Statutory", p), "", p)));
        }
        if (form.CounterpartId is { } other && await db.PlanVersions.FirstOrDefaultAsync(v => v.Id == other && v.Language != form.Language, ct) is { } counterpart)
        {
            version.CounterpartId = counterpart.Id;
            counterpart.CounterpartId = version.Id;
        }
        await db.SaveChangesAsync(ct);
        return new PlanOutcome.Done(version.Id);
    }

    private static async Task<PlanVersion> VersionAsync(IAppDbContext db, Guid versionId, CancellationToken ct) =>
        await db.PlanVersions.FirstOrDefaultAsync(v => v.Id == versionId, ct) ?? throw new KeyNotFoundException("No such plan version in this area.");
}
