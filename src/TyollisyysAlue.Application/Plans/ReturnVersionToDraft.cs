using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners take a submitted version back to draft (to change it before the committee decides).</summary>
public sealed class ReturnVersionToDraft : WriteUseCase<VersionRef>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, VersionRef form, CancellationToken ct)
    {
        var version = await write.Db.PlanVersions.FirstOrDefaultAsync(v => v.Id == form.VersionId, ct);
        if (version is null) return write.Gone();
        version.ReturnToDraft();
        return write.Save(version);
    }
}
