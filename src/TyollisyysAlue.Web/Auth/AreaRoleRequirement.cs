using Microsoft.AspNetCore.Authorization;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Web.Auth;

/// <summary>The user must hold a role in the area named by the route that satisfies <see cref="Allows"/>.</summary>
public sealed class AreaRoleRequirement(string policy, Func<IReadOnlyCollection<AreaRole>, bool> allows) : IAuthorizationRequirement
{
    public string Policy { get; } = policy;
    public Func<IReadOnlyCollection<AreaRole>, bool> Allows { get; } = allows;
}

/// <summary>
/// Checks the user's roles in the route's area on every request and every interactive navigation, on the server,
/// from <see cref="CurrentUserAreas"/> (read once per request or circuit, then shared with the layout and the page).
/// An area the user has no role in fails with <see cref="AreaNotVisible"/>, which becomes "not found" (no leak
/// of which areas exist); a role too weak for the page is a plain "forbidden".
/// </summary>
public sealed class AreaRoleHandler(CurrentUserAreas areas, ILogger<AreaRoleHandler> logger) : AuthorizationHandler<AreaRoleRequirement>
{
    public const string AreaNotVisible = "area-not-visible";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AreaRoleRequirement requirement)
    {
        if (context.User.UserId() is null) return;
        var slug = AreaSlugOf(context.Resource);
        logger.LogDebug("Area authorization {Policy} for {Slug} (resource {Resource})", requirement.Policy, slug, context.Resource?.GetType().Name);
        var area = await areas.FindAsync(context.User, slug);
        if (area is null)
        {
            context.Fail(new AuthorizationFailureReason(this, AreaNotVisible));
            return;
        }
        if (requirement.Allows(area.Roles)) context.Succeed(requirement);
    }

    internal static string? AreaSlugOf(object? resource) => resource switch
    {
        HttpContext http => http.GetRouteValue(Policies.AreaRouteKey) as string,
        Microsoft.AspNetCore.Components.RouteData route => route.RouteValues.TryGetValue(Policies.AreaRouteKey, out var value) ? value as string : null,
        _ => null,
    };
}
