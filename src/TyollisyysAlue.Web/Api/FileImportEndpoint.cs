using Microsoft.AspNetCore.Mvc;

namespace TyollisyysAlue.Web.Api;

/// <summary>What every file-import endpoint of the API shares: a token of the import scope, a multipart body from a
/// program (no antiforgery token), and a body limit of the import's own file limit plus 1 MB for the other form fields.</summary>
public static class FileImportEndpoint
{
    public static RouteHandlerBuilder AsFileImport(this RouteHandlerBuilder endpoint, long maxFileBytes) =>
        endpoint
            .RequireAuthorization(ApiEndpoints.ImportPolicy)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxFileBytes + 1024 * 1024),
                new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxFileBytes + 1024 * 1024 });
}
