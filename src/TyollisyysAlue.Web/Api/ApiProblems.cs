using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api;

/// <summary>
/// RFC 9457 problem details for every API answer that is not 2xx. Endpoints and handlers name texts of the resource
/// table (<see cref="TextCode"/>); they are rendered when the answer is written, in the client's language.
/// </summary>
public static class ApiProblems
{
    public const string PathPrefix = "/api";

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments(PathPrefix);

    /// <summary>A problem with a status and (optionally) a detail text; field errors make it a validation problem.</summary>
    public static IResult Of(int status, TextCode? detail = null, IEnumerable<FieldProblem>? errors = null) =>
        new ProblemAnswer(status, detail, errors?.ToList());

    /// <summary>Always application/problem+json, whatever the client's Accept header says.</summary>
    public static Task WriteAsync(HttpContext context, int status, TextCode? detail = null) =>
        Of(status, detail).ExecuteAsync(context);

    /// <summary>
    /// The client's language for problem texts: the first of fi, sv and en in its Accept-Language, else English —
    /// an API's callers are programs and their developers, and its document is in English.
    /// </summary>
    public static TextTable LanguageOf(HttpContext context)
    {
        var asked = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is not null && TextTable.Languages.Contains(l));
        return TextTable.In(asked ?? TextTable.English);
    }

    /// <summary>
    /// For /api requests: the app's HTML "not found" page is switched off, and an error status that nothing wrote a
    /// body for (no such route, wrong method) gets a problem details body instead.
    /// </summary>
    public static void UseApiProblemResponses(this WebApplication app) =>
        app.UseWhen(IsApiRequest, api => api.Use(async (context, next) =>
        {
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            // Answers are an area's data, errors included: never kept by a cache (issue 11, finding 10).
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            try
            {
                await next();
            }
            catch (Exception error) when (!context.Response.HasStarted)
            {
                // Here rather than only in the app's exception handler, whose HTML error page answered a database
                // outage met by the token check (issue 11, finding 6): an API request's failure is problem details.
                context.Response.Clear();
                var handler = context.RequestServices.GetServices<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>().OfType<ApiExceptionHandler>().Single();
                await handler.TryHandleAsync(context, error, context.RequestAborted);
                return;
            }
            if (context.Response is { HasStarted: false, StatusCode: >= 400, ContentLength: null or 0 })
                await WriteAsync(context, context.Response.StatusCode);
        }));

    /// <summary>
    /// The answer itself: title and detail from the table, and for field errors <c>errors</c> (field path → texts) and
    /// <c>codes</c> (field path → the stable codes, in the same order) in the ValidationProblemDetails shape.
    /// </summary>
    private sealed class ProblemAnswer(int status, TextCode? detail, IReadOnlyList<FieldProblem>? errors) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => status;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var texts = LanguageOf(httpContext);
            var title = TextTable.Has($"Api.Title.{status}") ? texts[$"Api.Title.{status}"] : null;
            Dictionary<string, object?>? extensions = null;
            if (errors is not null)
            {
                var byField = errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToList();
                extensions = new()
                {
                    ["errors"] = byField.ToDictionary(g => g.Key, g => g.Select(e => texts[e.Text]).ToArray()),
                    ["codes"] = byField.ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray()),
                };
            }
            return TypedResults.Problem(detail is null ? null : texts[detail], statusCode: status, title: title, extensions: extensions)
                .ExecuteAsync(httpContext);
        }
    }
}
