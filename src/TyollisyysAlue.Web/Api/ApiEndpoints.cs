using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Web.Api.Areas;
using TyollisyysAlue.Web.Api.CostSharing;
using TyollisyysAlue.Web.Api.Indicators;

namespace TyollisyysAlue.Web.Api;

/// <summary>/api/v1: every endpoint needs an API token and works inside the token's area, read-only.</summary>
public static class ApiEndpoints
{
    public const string Policy = "ApiToken";
    /// <summary>The area's stored data: tokens of the read scope.</summary>
    public const string ReadPolicy = "ApiTokenRead";
    /// <summary>Indicator imports: tokens of the import scope.</summary>
    public const string ImportPolicy = "ApiTokenImport";

    public static void MapApiEndpoints(this WebApplication app)
    {
        var api = app.MapGroup(ApiProblems.PathPrefix + "/v1")
            .RequireAuthorization(Policy)
            .AddEndpointFilter(EnterTokenAreaAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapCostSharingEndpoints();
        api.MapAreaSplitEndpoints();
        api.MapIndicatorImportEndpoints();
        FollowUp.LedgerImportEndpoints.MapLedgerImportEndpoints(api);
        FollowUp.PaymentImportEndpoints.MapPaymentImportEndpoints(api);
        FollowUp.FollowUpEndpoints.MapFollowUpEndpoints(api);
        api.MapAreaNetPositionEndpoints();
        api.MapAreaYearsAheadEndpoints();
        api.MapWhatIfEndpoints();

        // Anything else under /api (after the token check): a problem-details 404, or 405/415 for an address that exists
        // for another method or content type — never the HTML page or a redirect.
        app.MapGroup(ApiProblems.PathPrefix).RequireAuthorization(Policy).ExcludeFromDescription()
            .Map("/{**path}", (HttpContext context, EndpointDataSource endpoints) => ApiRouteMisses.Explain(context, endpoints));
    }

    /// <summary>
    /// As <c>AreaPageBase</c> does for pages: the request works in the token's area from here on. Writes go through
    /// the write pipeline, which lets only a use case naming the token's scope run (checked against the database).
    /// </summary>
    private static ValueTask<object?> EnterTokenAreaAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        var area = context.HttpContext.RequestServices.GetRequiredService<AreaContext>();
        area.SetApiToken(Guid.Parse(user.FindFirst(ApiTokenAuthenticationHandler.TokenClaim)!.Value), "API: " + user.Identity?.Name);
        area.EnterArea(Guid.Parse(user.FindFirst(ApiTokenAuthenticationHandler.AreaClaim)!.Value), [AreaRole.Viewer]);
        return next(context);
    }
}
