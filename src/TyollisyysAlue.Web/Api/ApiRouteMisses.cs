using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Net.Http.Headers;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api;

/// <summary>
/// Why no API endpoint took a request that reached the catch-all (issue 11, finding 6): routing hands a request whose
/// method or content type an endpoint refuses to the catch-all, which alone would say 404. Here the address is
/// compared with the API's endpoints: 405 (with Allow) when it exists for other methods, 415 when the method exists
/// but not for this content type, else 404.
/// </summary>
public static class ApiRouteMisses
{
    public static IResult Explain(HttpContext context, EndpointDataSource endpoints)
    {
        var request = context.Request;
        var same = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null && Matches(e, request.Path))
            .ToList();
        if (same.Count == 0) return ApiProblems.Of(StatusCodes.Status404NotFound, new TextCode("Api.NoSuchEndpoint"));

        var forMethod = same.Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods
            .Contains(request.Method, StringComparer.OrdinalIgnoreCase)).ToList();
        if (forMethod.Count == 0)
        {
            context.Response.Headers.Allow = string.Join(", ", same.SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
                .Distinct(StringComparer.OrdinalIgnoreCase));
            return ApiProblems.Of(StatusCodes.Status405MethodNotAllowed, new TextCode("Api.MethodNotAllowed", request.Method));
        }
        var accepted = forMethod.SelectMany(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []).Distinct().ToList();
        if (accepted.Count > 0 && !accepted.Any(type => Accepts(type, request.ContentType)))
        {
            context.Response.Headers[HeaderNames.Accept] = string.Join(", ", accepted);
            return ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType, new TextCode("Api.UnsupportedContentType", string.Join(", ", accepted)));
        }
        return ApiProblems.Of(StatusCodes.Status404NotFound, new TextCode("Api.NoSuchEndpoint"));
    }

    private static bool Matches(RouteEndpoint endpoint, PathString path)
    {
        if (endpoint.RoutePattern.RawText is not { } raw || raw.Contains("**", StringComparison.Ordinal)) return false;
        if (!raw.TrimStart('/').StartsWith(ApiProblems.PathPrefix.TrimStart('/'), StringComparison.OrdinalIgnoreCase)) return false;
        var matcher = new TemplateMatcher(TemplateParser.Parse(raw.TrimStart('/')), new RouteValueDictionary());
        return matcher.TryMatch(path, new RouteValueDictionary());
    }

    private static bool Accepts(string accepted, string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var sent)
        && MediaTypeHeaderValue.TryParse(accepted, out var allowed) && sent.IsSubsetOf(allowed);
}
