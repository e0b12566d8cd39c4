using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// The provider's subject (<c>sub</c>) of a linked organisation account. The login is linked by <c>oid</c> where the
/// provider sends one (see <see cref="OrganisationSignInSetup"/>), but a back-channel logout token names the user by
/// <c>sub</c> only; so each organisation sign-in also records the <c>sub</c> as a user claim when it differs from the
/// link key, and a logout token's subject is looked up by the link key first, then by that claim.
/// </summary>
public static class OrganisationSubject
{
    public const string ClaimType = "organisation_sub";

    /// <summary>Records the subject of this sign-in (replacing an older one) unless the login is linked by it already.</summary>
    public static async Task<bool> RecordAsync(UserManager<ApplicationUser> users, ApplicationUser user, ExternalLoginInfo info)
    {
        var subject = info.Principal.FindFirstValue("sub");
        var recorded = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        if (subject is null || subject == info.ProviderKey)
            return recorded.Count == 0 || (await users.RemoveClaimsAsync(user, recorded)).Succeeded;
        if (recorded is [{ } only] && only.Value == subject) return true;
        if (recorded.Count > 0 && !(await users.RemoveClaimsAsync(user, recorded)).Succeeded) return false;
        return (await users.AddClaimAsync(user, new Claim(ClaimType, subject))).Succeeded;
    }

    /// <summary>
    /// The users whose organisation login has this subject: linked by it, or recorded at their sign-in (one in
    /// practice; should two carry it, both are named rather than one guessed).
    /// </summary>
    public static async Task<IReadOnlyList<ApplicationUser>> FindUsersAsync(UserManager<ApplicationUser> users, string subject) =>
        await users.FindByLoginAsync(AuthSetup.OidcScheme, subject) is { } linked
            ? [linked]
            : [.. await users.GetUsersForClaimAsync(new Claim(ClaimType, subject))];
}
