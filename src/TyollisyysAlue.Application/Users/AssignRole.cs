using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>Administrators give another role to a user who already belongs to the area (new people come by invitation).</summary>
public sealed class AssignRole : WriteUseCase<RoleChangeForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RoleChangeForm form, CancellationToken ct)
    {
        var held = await write.Db.RoleAssignments.Where(r => r.UserId == form.UserId).Select(r => r.Role).ToListAsync(ct);
        if (held.Count == 0) return write.Gone();
        if (held.Contains(form.Role!.Value)) return write.Refuse(nameof(form.Role), "Users.RoleAlreadyHeld");
        var assignment = new AreaRoleAssignment(Guid.NewGuid(), write.AreaId, form.UserId, form.Role.Value);
        write.Db.RoleAssignments.Add(assignment);
        return write.Save(assignment);
    }
}
