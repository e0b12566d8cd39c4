using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Users;

/// <summary>Whose access to the current area ends.</summary>
public sealed record RemoveAccessForm(Guid UserId);

public sealed class RemoveAccessFormValidator : AbstractValidator<RemoveAccessForm>
{
    public RemoveAccessFormValidator() => RuleFor(f => f.UserId).NotEmpty().WithErrorCode("Users.UserRequired");
}

/// <summary>
/// Ends a user's access to this area: every role here goes (each audited); their account and roles in other areas
/// stay. The area's last administrator cannot be removed.
/// </summary>
public sealed class RemoveAccess : WriteUseCase<RemoveAccessForm>
{
    public override WriteRight Right => WriteRight.AreaAdmin;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, RemoveAccessForm form, CancellationToken ct)
    {
        await AdministratorLock.TakeAsync(write.Db, write.AreaId, ct);
        var assignments = await write.Db.RoleAssignments.Where(r => r.UserId == form.UserId).ToListAsync(ct);
        if (assignments.Count == 0) return write.Gone();
        if (assignments.Any(r => r.Role == AreaRole.Administrator) && await AdministratorLock.IsLastAsync(write.Db, form.UserId, ct))
            return write.Refuse(nameof(form.UserId), AdministratorLock.LastAdministrator);
        write.Db.RoleAssignments.RemoveRange(assignments);
        write.EndSessionsOf(form.UserId);
        return write.Save(assignments[0]);
    }
}
