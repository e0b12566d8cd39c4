using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Web.Api.Areas;
using TyollisyysAlue.Web.Api.CostSharing;

namespace TyollisyysAlue.Web.Api;

/// <summary>/api/v1: every endpoint needs an API token and works inside the token's area, read-only.</summary>
public static class ApiEndpoints
{
    public const string Policy = "ApiToken";

    public static void MapApiEndpoints(this WebApplication app)
    {
        var api = app.MapGroup(ApiProblems.PathPrefix + "/v1")
            .RequireAuthorization(Policy)
            .AddEndpointFilter(EnterTokenAreaAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapCostSharingEndpoints();
        api.MapAreaSplitEndpoints();

        // Anything else under /api: a problem-details 404 (after the token check), never the HTML page or a redirect.
        app.MapGroup(ApiProblems.PathPrefix).RequireAuthorization(Policy).ExcludeFromDescription()
            .Map("/{**path}", () => ApiProblems.Of(StatusCodes.Status404NotFound, new TextCode("Api.NoSuchEndpoint")));
    }

    /// <summary>
    /// As <c>AreaPageBase</c> does for pages: the request works in the token's area from here on. The token reads;
    /// the Viewer role makes every edit use case refuse it.
    /// </summary>
    private static ValueTask<object?> EnterTokenAreaAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        var area = context.HttpContext.RequestServices.GetRequiredService<AreaContext>();
        area.SetUser(null, "API: " + user.Identity?.Name);
        area.EnterArea(Guid.Parse(user.FindFirst(ApiTokenAuthenticationHandler.AreaClaim)!.Value), [AreaRole.Viewer]);
        return next(context);
    }
}
