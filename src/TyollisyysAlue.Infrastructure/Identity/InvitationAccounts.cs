using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Common.People;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// The account side of an invitation, shared by area administrators and the system administrator: a new address
/// gets an inactive account (no password, e-mail unconfirmed) and a link with an Identity password-reset token.
/// Callers authorize first.
/// </summary>
public sealed class InvitationAccounts(UserManager<ApplicationUser> users, IInvitationSender sender)
{
    /// <summary>
    /// The account with this e-mail, created inactive with the given name (none given: the e-mail's local part, so no
    /// one is shown by their address) when there is none; null when Identity refuses the address.
    /// </summary>
    public async Task<ApplicationUser?> FindOrCreateAsync(string email, string? name = null)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not null) return user;
        var displayName = string.IsNullOrWhiteSpace(name) ? PersonNameBook.Fallback(email) : name.Trim();
        user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = displayName, IsActive = false };
        return (await users.CreateAsync(user)).Succeeded ? user : null;
    }

    /// <summary>An account that has never been taken into use needs the link; an active one does not.</summary>
    public static bool NeedsLink(ApplicationUser user) => !(user.EmailConfirmed && user.IsActive);

    public async Task<string> SendLinkAsync(ApplicationUser user, bool isReset, CancellationToken ct = default)
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
