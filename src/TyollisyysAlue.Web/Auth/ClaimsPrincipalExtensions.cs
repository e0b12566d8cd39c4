using System.Security.Claims;

namespace TyollisyysAlue.Web.Auth;

public static class ClaimsPrincipalExtensions
{
    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(Policies.DisplayNameClaim) ?? user.Identity?.Name ?? string.Empty;

    public static bool IsSystemAdministrator(this ClaimsPrincipal user) => user.HasClaim(Policies.SystemAdminClaim, "true");
}
