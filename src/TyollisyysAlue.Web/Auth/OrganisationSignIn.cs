using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// The end of an organisation sign-in, after the handler has validated the ID token: the organisation account is
/// matched to a user of this app and signed in, or refused. A login already linked signs in by its key; otherwise the
/// e-mail (<c>email</c>, else <c>preferred_username</c>) must be that of an invited or active user, whose account is
/// then linked (and an open invitation accepted: the organisation vouches for the address). Unknown, deactivated or
/// unverified addresses, and an e-mail already linked to another organisation account, are refused.
/// </summary>
public sealed class OrganisationSignIn(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users,
    ILogger<OrganisationSignIn> logger)
{
    /// <summary>The sign-in page's error code for an organisation account that matches no invited user.</summary>
    public const string UnknownError = "external-unknown";

    public const string UnknownAddress = "/account/login?error=" + UnknownError;

    /// <summary>Signs the user in and answers the return address, or answers the sign-in page with the reason.</summary>
    public async Task<string> CompleteAsync(string returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        // The short-lived external cookie has done its work, whatever the outcome.
        await signIn.Context.SignOutAsync(IdentityConstants.ExternalScheme);
        if (info is null) return OrganisationSignInSetup.RejectedAddress;
        var user = await FindUserAsync(info);
        // A lockout set by hand holds here too.
        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            logger.LogWarning("Organisation sign-in of {Key} refused: no invited user with its e-mail", info.ProviderKey);
            return UnknownAddress;
        }
        // For the provider's back-channel logout, which names the user by sub (the link may be by oid).
        if (!await OrganisationSubject.RecordAsync(users, user, info))
            logger.LogWarning("The organisation subject of user {UserId} could not be recorded: the provider's sign-out will not reach this session", user.Id);
        var properties = new AuthenticationProperties();
        // Kept in the (protected) sign-in cookie for the provider's sign-out: see AccountEndpoints' logout.
        if (info.AuthenticationTokens?.FirstOrDefault(t => t.Name == "id_token") is { } idToken) properties.StoreTokens([idToken]);
        await signIn.SignInAsync(user, properties, info.LoginProvider);
        logger.LogInformation("User {UserId} signed in with the organisation account", user.Id);
        return returnUrl;
    }

    private async Task<ApplicationUser?> FindUserAsync(ExternalLoginInfo info)
    {
        var linked = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (linked is not null) return linked.IsActive ? linked : null;
        if (EmailOf(info.Principal) is not { } email || await users.FindByEmailAsync(email) is not { } user) return null;
        if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == info.LoginProvider)) return null;
        if (user.IsInvitationOpen)
        {
            user.AcceptInvitation();
            if (user.DisplayName == user.Email && info.Principal.FindFirstValue("name") is { Length: > 0 } name) user.DisplayName = name;
            if (!(await users.UpdateAsync(user)).Succeeded) return null;
        }
        if (!user.IsActive) return null;
        return (await users.AddLoginAsync(user, info)).Succeeded ? user : null;
    }

    /// <summary>
    /// The address the organisation gives: <c>email</c>, else the sign-in name <c>preferred_username</c> when it is an
    /// address (Entra ID sends <c>email</c> only when the user has a mailbox address); none when the provider says the
    /// address is not verified.
    /// </summary>
    public static string? EmailOf(ClaimsPrincipal principal)
    {
        if (string.Equals(principal.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase)) return null;
        var email = principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email);
        if (string.IsNullOrWhiteSpace(email)) email = principal.FindFirstValue("preferred_username");
        return email is not null && email.Contains('@', StringComparison.Ordinal) ? email.Trim() : null;
    }
}
