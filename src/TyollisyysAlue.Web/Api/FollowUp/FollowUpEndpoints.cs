using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Application.FollowUp.Payments;

namespace TyollisyysAlue.Web.Api.FollowUp;

/// <summary><c>GET /api/v1/areas/{year}/follow-up</c>: the token's area's budget follow-up and payments of a year (read scope).</summary>
public static class FollowUpEndpoints
{
    public static void MapFollowUpEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/areas/{year:int}/follow-up", async Task<IResult> (int year, int? month, FollowUpQuery followUp, PaymentsQuery payments, CancellationToken ct) =>
            {
                if (month is < 1 or > 12)
                    return ApiFieldProblem.Of(StatusCodes.Status400BadRequest, "month", "api.month-format", "month is 1–12: report through that month.");
                var report = await followUp.LoadAsync(year, month, ct);
                if (report.Lines.Count == 0)
                    return TypedResults.Problem($"No budget recorded for {year}.", statusCode: StatusCodes.Status404NotFound);
                return TypedResults.Ok(FollowUpResponse.From(report, await payments.LoadAsync(year, ct)));
            })
            .RequireAuthorization(ApiEndpoints.ReadPolicy)
            .WithTags("Follow-up")
            .WithName("GetAreaFollowUp")
            .WithSummary("The year's budget follow-up per line and month (actual, variance, forecast, flag) and the members' payments.")
            .Produces<FollowUpResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
