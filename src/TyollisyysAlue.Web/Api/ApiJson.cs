using System.Text.Json;
using System.Text.Json.Serialization;

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

    /// <summary>The body, or a 400 problem saying which part is not readable.</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request) where T : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length == 0) return (null, BodyProblem("$", "The request needs a JSON body."));
        try
        {
            var body = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return body is null ? (null, BodyProblem("$", "The body must be a JSON object, not null.")) : (body, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            return (null, BodyProblem(ex.Path ?? "$",
                "Malformed JSON, a value of the wrong type (e.g. text where a number belongs) or a field this API does not know" + where + "."));
        }
    }

    private static IResult BodyProblem(string jsonPath, string message)
    {
        var field = jsonPath == "$" ? "$" : jsonPath.TrimStart('$').TrimStart('.');
        return ValidationProblems.From([new(field, ApiErrorCodes.MalformedJson, message)]);
    }
}
