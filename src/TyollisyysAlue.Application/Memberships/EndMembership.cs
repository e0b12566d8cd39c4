using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Memberships;

/// <summary>Administrators end a membership on its last day for a reason (never the responsible municipality's).</summary>
public sealed class EndMembership : WriteUseCase<EndMembershipForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, EndMembershipForm form, CancellationToken ct)
    {
        var membership = await write.Db.Memberships.FirstOrDefaultAsync(m => m.Id == form.MembershipId, ct);
        if (membership is null) return write.Gone();
        var responsible = await write.Db.Areas.Where(a => a.Id == write.AreaId).Select(a => a.ResponsibleMunicipality).SingleAsync(ct);
        if (membership.MunicipalityCode == responsible) return write.Refuse(nameof(form.MembershipId), "Membership.ResponsibleCannotEnd");
        if (membership.ValidTo is not null) return write.Refuse(nameof(form.MembershipId), "Membership.AlreadyEnded");
        if (form.ValidTo!.Value < membership.ValidFrom) return write.Refuse(nameof(form.ValidTo), "Membership.EndBeforeStart");
        write.Expect(membership, form.Version);
        membership.End(form.ValidTo.Value, form.EndReason);
        return write.Save(membership);
    }

    /// <summary>The membership as the other administrator left it: its end (if any) and reason.</summary>
    protected internal override async Task<EndMembershipForm?> TheirsAsync(IAppDbContext fresh, Guid subjectId, CancellationToken ct) =>
        await fresh.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.Id == subjectId, ct) is { } current
            ? new EndMembershipForm { MembershipId = current.Id, ValidTo = current.ValidTo, EndReason = current.EndReason ?? "", Version = current.Version }
            : null;
}
