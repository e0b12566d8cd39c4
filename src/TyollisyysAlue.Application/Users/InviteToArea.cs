using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>
/// Administrators invite a person to the area by e-mail: an account from another area just gets the role, a new
/// address gets an inactive account; an address that already has a role here is refused. The invitation link is
/// sent by the caller once the role is saved.
/// </summary>
public sealed class InviteToArea(IAreaAccounts accounts) : WriteUseCase<InvitationForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, InvitationForm form, CancellationToken ct)
    {
        var email = form.Email.Trim();
        if (await accounts.FindAsync(email, ct) is { } existing && await write.Db.RoleAssignments.AnyAsync(r => r.UserId == existing, ct))
            return write.Refuse(nameof(form.Email), "Users.AlreadyMember");
        if (await accounts.FindOrCreateAsync(email, form.Name.Trim(), ct) is not { } userId) return write.Refuse(nameof(form.Email), "Validation.EmailInvalid");
        var assignment = new AreaRoleAssignment(Guid.NewGuid(), write.AreaId, userId, form.Role!.Value);
        write.Db.RoleAssignments.Add(assignment);
        return write.Save(assignment);
    }
}
