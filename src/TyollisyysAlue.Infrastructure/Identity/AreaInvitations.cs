using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Users;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// Administrators invite people to the current area by e-mail and send password-reset links (see
/// <see cref="InvitationAccounts"/>). An account from another area just gets the role; an address that already
/// has a role here is refused. The role assignment is audited like any domain change.
/// </summary>
public sealed class AreaInvitations(UserManager<ApplicationUser> users, InvitationAccounts accounts, IAppDbContextFactory contexts,
    AreaContext area, IValidator<InvitationForm> validator)
{
    public async Task<InvitationOutcome> InviteAsync(InvitationForm form, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new InvitationOutcome.Invalid(result.Errors);
        var email = form.Email.Trim();
        var existing = await users.FindByEmailAsync(email);
        await using var db = await contexts.CreateAsync(ct);
        if (existing is not null && await db.RoleAssignments.AnyAsync(r => r.UserId == existing.Id, ct))
            return InvitationOutcome.Refused(nameof(form.Email), "Users.AlreadyMember");
        var user = existing ?? await accounts.FindOrCreateAsync(email);
        if (user is null) return InvitationOutcome.Refused(nameof(form.Email), "Validation.EmailInvalid");
        db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), area.AreaId!.Value, user.Id, form.Role!.Value));
        await db.SaveChangesAsync(ct);
        return new InvitationOutcome.Done(InvitationAccounts.NeedsLink(user) ? await accounts.SendLinkAsync(user, false, ct) : null);
    }

    /// <summary>A new password-reset link for a user of this area (the old password works until it is used).</summary>
    public async Task<InvitationOutcome> ResetPasswordAsync(Guid userId, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.RoleAssignments.AnyAsync(r => r.UserId == userId, ct)) return new InvitationOutcome.NotFound();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return new InvitationOutcome.NotFound();
        return new InvitationOutcome.Done(await accounts.SendLinkAsync(user, true, ct));
    }
}
