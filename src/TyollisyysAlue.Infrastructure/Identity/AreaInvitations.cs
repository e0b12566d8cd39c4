using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Users;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>An invitation's outcome, and the link to send when the account has never been taken into use.</summary>
public sealed record InvitationResult(WriteOutcome<InvitationForm> Outcome, string? Link);

/// <summary>
/// Administrators invite people to the current area by e-mail and send password-reset links (see
/// <see cref="InvitationAccounts"/>). The role is given through the write path (<see cref="InviteToArea"/>: current
/// right, validation, audit); the Identity parts — the account and its reset token — stay with Identity.
/// </summary>
public sealed class AreaInvitations(UserManager<ApplicationUser> users, InvitationAccounts accounts, IAppDbContextFactory contexts,
    AreaContext area, ICurrentRights rights, InviteToArea invite)
{
    public async Task<InvitationResult> InviteAsync(InvitationForm form, CancellationToken ct = default)
    {
        var outcome = await invite.RunAsync(form, ct);
        if (outcome is not WriteOutcome<InvitationForm>.Saved) return new InvitationResult(outcome, null);
        var user = await users.FindByEmailAsync(form.Email.Trim());
        return new InvitationResult(outcome, user is not null && InvitationAccounts.NeedsLink(user) ? await accounts.SendLinkAsync(user, false, ct) : null);
    }

    /// <summary>A new password-reset link for a user of this area (the old password works until it is used).</summary>
    public async Task<InvitationOutcome> ResetPasswordAsync(Guid userId, CancellationToken ct = default)
    {
        // Checked against the database now, as the write path does: a removed administrator sends no more links.
        if (area.UserId is not { } me || area.AreaId is not { } areaId || !WriteRight.AreaAdmin.Allows(await rights.RolesInAreaAsync(me, areaId, ct)))
            return new InvitationOutcome.Forbidden();
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.RoleAssignments.AnyAsync(r => r.UserId == userId, ct)) return new InvitationOutcome.NotFound();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return new InvitationOutcome.NotFound();
        return new InvitationOutcome.Done(await accounts.SendLinkAsync(user, true, ct));
    }
}
