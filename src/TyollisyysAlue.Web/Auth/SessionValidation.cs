using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// Checks the sign-in cookie against the database on every request (issue 11, findings 1 and 5): the account must
/// still be active and its security stamp the one the cookie was issued with. Sign-out, a removed or lowered role
/// and a password change renew the stamp, so a copied cookie stops working at once. One indexed query per request;
/// unlike Identity's own validator it does not re-issue the cookie each time.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        try
        {
            if (await IsCurrentAsync(context.HttpContext.RequestServices, context.Principal, context.HttpContext.RequestAborted)) return;
        }
        catch (Exception error) when (Components.Shared.FriendlyErrors.IsDatabaseOutage(error))
        {
            // The database is out: nothing can be read or written without it, so the request goes on to the friendly
            // "temporarily unavailable" answer rather than a sign-out; the cookie is checked again once it is back.
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>True when the principal's account is active and carries the stamp it was signed in with.</summary>
    public static async Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal? principal, CancellationToken ct)
    {
        if (principal?.UserId() is not { } userId) return false;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = principal.FindFirstValue(stampClaim);
        if (string.IsNullOrEmpty(stamp)) return false;
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(u => u.Id == userId && u.IsActive && u.SecurityStamp == stamp, ct);
    }
}
