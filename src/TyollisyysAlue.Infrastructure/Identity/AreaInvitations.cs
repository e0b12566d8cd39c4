using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Users;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// Administrators invite people to the current area by e-mail and send password-reset links. A new address gets an
/// inactive account (no password, e-mail unconfirmed) that the link activates; an account from another area just
/// gets the role. Links carry an Identity password-reset token, so Identity validates them and they expire.
/// </summary>
public sealed class AreaInvitations(UserManager<ApplicationUser> users, IAppDbContextFactory contexts, AreaContext area,
    IValidator<InvitationForm> validator, IInvitationSender sender)
{
    public async Task<InvitationOutcome> InviteAsync(InvitationForm form, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid) return new InvitationOutcome.Invalid(result.Errors);
        var email = form.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        await using var db = await contexts.CreateAsync(ct);
        if (user is not null && await db.RoleAssignments.AnyAsync(r => r.UserId == user.Id, ct))
            return InvitationOutcome.Refused(nameof(form.Email), "Users.AlreadyMember");
        if (user is null)
        {
            user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = email, IsActive = false };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) return InvitationOutcome.Refused(nameof(form.Email), "Validation.EmailInvalid");
        }
        db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), area.AreaId!.Value, user.Id, form.Role!.Value));
        await db.SaveChangesAsync(ct);
        // An account that has never been taken into use needs the link; an active one just has a new role.
        return new InvitationOutcome.Done(user.EmailConfirmed && user.IsActive ? null : await SendLinkAsync(user, false, ct));
    }

    /// <summary>A new password-reset link for a user of this area (the old password works until it is used).</summary>
    public async Task<InvitationOutcome> ResetPasswordAsync(Guid userId, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        if (!await db.RoleAssignments.AnyAsync(r => r.UserId == userId, ct)) return new InvitationOutcome.NotFound();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return new InvitationOutcome.NotFound();
        return new InvitationOutcome.Done(await SendLinkAsync(user, true, ct));
    }

    private async Task<string> SendLinkAsync(ApplicationUser user, bool isReset, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = InvitationLinks.For(user.Email!, token);
        await sender.SendAsync(new InvitationMessage(user.Email!, link, isReset), ct);
        return link;
    }
}

/// <summary>The one place that spells the accept-invitation address.</summary>
public static class InvitationLinks
{
    public const string Path = "/account/accept-invitation";

    public static string For(string email, string token) =>
        $"{Path}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
}
