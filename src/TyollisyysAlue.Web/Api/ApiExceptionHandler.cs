using Microsoft.AspNetCore.Diagnostics;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Web.Components.Shared;

namespace TyollisyysAlue.Web.Api;

/// <summary>
/// An exception in an API request answers with problem details instead of the HTML error page: 503 when the
/// database is out (retry later), the exception's own status for a bad request, else 500. Details go to the log only.
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiProblems.IsApiRequest(httpContext)) return false;
        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "Api.BodyTooLarge"),
            BadHttpRequestException bad => (bad.StatusCode, "Api.Unreadable"),
            _ when FriendlyErrors.IsDatabaseOutage(exception) => (StatusCodes.Status503ServiceUnavailable, "Api.DatabaseDown"),
            _ => (StatusCodes.Status500InternalServerError, "Api.Unexpected"),
        };
        if (status >= 500) logger.LogError(exception, "API request {Path} failed", httpContext.Request.Path);
        await ApiProblems.WriteAsync(httpContext, status, detail == "Api.BodyTooLarge" ? new TextCode(detail, LimitKiloBytes(httpContext)) : new TextCode(detail));
        return true;
    }

    /// <summary>The limit the server applied: the endpoint's own (<c>RequestSizeLimit</c>), else the JSON limit.</summary>
    private static long LimitKiloBytes(HttpContext context) =>
        (context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? ApiJson.MaxBytes) / 1024;
}
