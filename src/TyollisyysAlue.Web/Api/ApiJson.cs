using System.Text.Json;
using System.Text.Json.Serialization;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api;

/// <summary>
/// Reads request bodies strictly: numbers must be JSON numbers (read as decimal, never double), unknown or repeated
/// fields are refused, so a typo cannot silently drop part of a calculation. A body that cannot be read answers 400
/// naming where it went wrong (the JSON path), never 500.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// The documented limit of a JSON body (docs/security.md): a calculation of every municipality of the country is
    /// about 100 kB. Larger bodies are refused with 413 before they are read (Content-Length) or as soon as they pass it.
    /// </summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The body, or a 400 problem saying which part is not readable (413 when it is over <see cref="MaxBytes"/>).</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (request.ContentLength > MaxBytes) return (null, TooLarge());
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return (null, TooLarge());
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, BodyProblem("$", "api.no-body"));
        try
        {
            var body = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return body is null ? (null, BodyProblem("$", "api.null-body")) : (body, null);
        }
        catch (JsonException ex)
        {
            return ex.LineNumber is { } line
                ? (null, BodyProblem(ex.Path ?? "$", "api.malformed-json-at", line + 1, (ex.BytePositionInLine ?? 0) + 1))
                : (null, BodyProblem(ex.Path ?? "$", "api.malformed-json"));
        }
    }

    private static IResult TooLarge() =>
        ApiProblems.Of(StatusCodes.Status413PayloadTooLarge, new TextCode("Api.BodyTooLarge", MaxBytes / 1024));

    /// <summary>One field error under the code <see cref="ApiErrorCodes.MalformedJson"/>; <paramref name="text"/> says what (Problem.{text}).</summary>
    private static IResult BodyProblem(string jsonPath, string text, params object[] args)
    {
        var field = jsonPath == "$" ? "$" : jsonPath.TrimStart('$').TrimStart('.');
        return ApiProblems.Of(StatusCodes.Status400BadRequest, new TextCode("Api.InvalidInput"),
            [new FieldProblem(field, ApiErrorCodes.MalformedJson, new TextCode($"Problem.{text}", args))]);
    }
}
