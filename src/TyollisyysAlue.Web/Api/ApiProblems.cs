namespace TyollisyysAlue.Web.Api;

/// <summary>RFC 9457 problem details for API answers without a body of their own (401, 403, 404, 405, 500 …).</summary>
public static class ApiProblems
{
    public const string PathPrefix = "/api";

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments(PathPrefix);

    /// <summary>Always application/problem+json, whatever the client's Accept header says.</summary>
    public static Task WriteAsync(HttpContext context, int status, string? detail = null) =>
        TypedResults.Problem(detail, statusCode: status).ExecuteAsync(context);

    /// <summary>
    /// For /api requests: the app's HTML "not found" page is switched off, and an error status that nothing wrote a
    /// body for (no such route, wrong method) gets a problem details body instead.
    /// </summary>
    public static void UseApiProblemResponses(this WebApplication app) =>
        app.UseWhen(IsApiRequest, api => api.Use(async (context, next) =>
        {
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            await next();
            if (context.Response is { HasStarted: false, StatusCode: >= 400, ContentLength: null or 0 })
                await WriteAsync(context, context.Response.StatusCode);
        }));
}
