using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>Administrators take one role from a user of the area; the area's last administrator keeps theirs.</summary>
public sealed class RemoveRole : WriteUseCase<RoleChangeForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RoleChangeForm form, CancellationToken ct)
    {
        await AdministratorLock.TakeAsync(write.Db, write.AreaId, ct);
        var assignment = await write.Db.RoleAssignments.FirstOrDefaultAsync(r => r.UserId == form.UserId && r.Role == form.Role, ct);
        if (assignment is null) return write.Gone();
        if (assignment.Role == AreaRole.Administrator && await AdministratorLock.IsLastAsync(write.Db, form.UserId, ct))
            return write.Refuse(nameof(form.Role), AdministratorLock.LastAdministrator);
        write.Db.RoleAssignments.Remove(assignment);
        write.EndSessionsOf(form.UserId);
        return write.Save(assignment);
    }
}
