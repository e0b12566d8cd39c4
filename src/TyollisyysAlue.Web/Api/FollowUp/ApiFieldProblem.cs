using Microsoft.AspNetCore.Http.HttpResults;

namespace TyollisyysAlue.Web.Api.FollowUp;

/// <summary>An RFC 9457 problem naming the one field that is wrong, with its message and code.</summary>
public static class ApiFieldProblem
{
    public static ProblemHttpResult Of(int status, string field, string code, string message) =>
        TypedResults.Problem(message, statusCode: status, extensions: new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            ["codes"] = new Dictionary<string, string[]> { [field] = [code] },
        });
}
