using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Committees;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Committees;

/// <summary>Administrators record a committee member for a municipality that is a member on the term's first day.</summary>
public sealed class AddCommitteeMember : WriteUseCase<CommitteeMemberForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, CommitteeMemberForm form, CancellationToken ct)
    {
        var code = MunicipalityCode.Parse(form.MunicipalityCode);
        var start = DateOnly.FromDateTime(form.TermStart!.Value);
        var memberships = await write.Db.Memberships.AsNoTracking().Where(m => m.MunicipalityCode == code).ToListAsync(ct);
        if (!memberships.Any(m => m.IsActiveOn(start))) return write.Refuse(nameof(form.MunicipalityCode), "Validation.NotAMember");
        var member = new CommitteeMember(Guid.NewGuid(), write.AreaId, code, form.Name, form.Deputy, start,
            form.TermEnd is { } end ? DateOnly.FromDateTime(end) : null);
        write.Db.CommitteeMembers.Add(member);
        return write.Save(member);
    }
}
