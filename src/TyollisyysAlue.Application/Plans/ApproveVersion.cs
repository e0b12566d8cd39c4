using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>
/// Planners and administrators record the committee's approval (its body, date and paragraph). Approval freezes every
/// live table of the version as rendered on its date, and supersedes the earlier approved version of its language.
/// </summary>
public sealed class ApproveVersion(LiveBlockRenderer renderer) : WriteUseCase<ApprovalForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, ApprovalForm form, CancellationToken ct)
    {
        var db = write.Db;
        var version = await db.PlanVersions.FirstOrDefaultAsync(v => v.Id == form.VersionId, ct);
        if (version is null) return write.Gone();
        version.Approve(form.DecisionBody, DateOnly.FromDateTime(form.DecisionDate!.Value), form.DecisionSection);
        foreach (var section in await db.PlanSections.Where(s => s.VersionId == version.Id).ToListAsync(ct))
        {
            var blocks = LiveBlockRefs.Parse(section.LiveBlocks);
            section.FrozenTablesJson = blocks.Count == 0 ? null
                : JsonSerializer.Serialize(await renderer.RenderAsync(blocks, version.VersionDate, version.Language, ct), PlanWorkflow.Json);
        }
        foreach (var older in await db.PlanVersions.Where(v => v.Id != version.Id && v.Language == version.Language && v.Status == PlanStatus.Approved).ToListAsync(ct))
            older.Supersede();
        return write.Save(version);
    }
}
