using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Auth;

/// <summary>Adds the display name and the system-administrator flag to the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<ApplicationUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Policies.DisplayNameClaim, string.IsNullOrEmpty(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.IsSystemAdministrator) identity.AddClaim(new Claim(Policies.SystemAdminClaim, "true"));
        return identity;
    }
}
