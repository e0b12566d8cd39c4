using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Plans;

/// <summary>Planners submit a draft version to the committee.</summary>
public sealed class SubmitVersion : WriteUseCase<VersionRef>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, VersionRef form, CancellationToken ct)
    {
        var version = await write.Db.PlanVersions.FirstOrDefaultAsync(v => v.Id == form.VersionId, ct);
        if (version is null) return write.Gone();
        version.Submit(write.UserName, write.Now);
        return write.Save(version);
    }
}
