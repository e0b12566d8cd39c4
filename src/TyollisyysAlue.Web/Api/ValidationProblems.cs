using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Web.Api;

/// <summary>
/// application/problem+json (RFC 9457) in the ValidationProblemDetails shape: <c>errors</c> maps each field path
/// (e.g. <c>criteria[1].weightPercent</c>) to its messages, and <c>codes</c> maps the same path to the stable error
/// codes in the same order.
/// </summary>
public static class ValidationProblems
{
    public static IResult From(IEnumerable<CostSharingError> errors, int status = StatusCodes.Status400BadRequest,
        string detail = "The input is not valid; see errors for each field.")
    {
        var byField = errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToList();
        return TypedResults.Problem(detail, statusCode: status, title: status == StatusCodes.Status400BadRequest
                ? "One or more validation errors occurred." : null,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = byField.ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                ["codes"] = byField.ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray()),
            });
    }
}
