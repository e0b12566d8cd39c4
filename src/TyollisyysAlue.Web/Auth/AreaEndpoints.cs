using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// The HTTP endpoints under /areas/{AreaKey}/… (downloads): one route group that needs at least read access to the
/// route's area, and one filter that enters that area once — from <see cref="CurrentUserAreas"/>, the lookup the policy
/// has just authorized with — before any handler runs. Handlers read the area from <see cref="EnteredArea"/>.
/// </summary>
public static class AreaEndpoints
{
    public static RouteGroupBuilder MapAreaEndpoints(this WebApplication app) =>
        app.MapGroup("/areas/{" + Policies.AreaRouteKey + "}")
            .RequireAuthorization(Policies.AreaRead)
            .AddEndpointFilter(EnterAreaAsync);

    private static async ValueTask<object?> EnterAreaAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // Exports carry an area's figures and names: no shared or browser cache keeps a copy (issue 11, finding 10).
        http.Response.Headers.CacheControl = "no-store";
        var services = http.RequestServices;
        var area = await services.GetRequiredService<CurrentUserAreas>().FindAsync(http.User, http.GetRouteValue(Policies.AreaRouteKey) as string);
        if (area is null) return Results.NotFound(); // the policy has already refused it; never run a handler outside its area
        services.GetRequiredService<AreaContext>().EnterArea(area.AreaId, area.Roles);
        services.GetRequiredService<EnteredArea>().Area = area;
        return await next(context);
    }
}

/// <summary>The area an endpoint of the area group works in (scoped; set by the group's filter before the handler).</summary>
public sealed class EnteredArea
{
    private UserArea? _area;

    public UserArea Area
    {
        get => _area ?? throw new InvalidOperationException("No area entered: map the endpoint in the /areas/{AreaKey} group (MapAreaEndpoints).");
        internal set => _area = value;
    }
}
