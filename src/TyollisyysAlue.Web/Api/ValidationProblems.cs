using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api;

/// <summary>
/// application/problem+json (RFC 9457) in the ValidationProblemDetails shape: <c>errors</c> maps each field path
/// (e.g. <c>criteria[1].weightPercent</c>) to its messages in the client's language, and <c>codes</c> maps the same
/// path to the stable error codes in the same order.
/// </summary>
public static class ValidationProblems
{
    public static IResult From(IEnumerable<CostSharingError> errors, int status = StatusCodes.Status400BadRequest, TextCode? detail = null) =>
        ApiProblems.Of(status, detail ?? new TextCode("Api.InvalidInput"), errors.Select(FieldProblem.Of));
}
