using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Api.Areas;

/// <summary>
/// The token's own area (entered by <see cref="ApiEndpoints"/>; queries are filtered to it and RLS enforces the same):
/// its stored split, schedule and reconciliation of a year. No area appears in these addresses, so none can be asked for.
/// </summary>
public static class AreaSplitEndpoints
{
    public static void MapAreaSplitEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/areas/{year:int}").WithTags("Area").RequireAuthorization(ApiEndpoints.ReadPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/split", async (int year, YearSplitQuery query, CancellationToken ct) =>
            {
                var (stored, problem) = await StoredSplitAsync(year, query, ct);
                return problem ?? TypedResults.Ok(AreaSplitResponse.From(stored!, stored!.Split!));
            })
            .WithName("GetAreaSplit")
            .WithSummary("The area's cost split of a year, by its main key, from the stored budget and indicator values.")
            .Produces<AreaSplitResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/schedule", async (int year, YearSplitQuery query, CancellationToken ct) =>
            {
                var (stored, problem) = await StoredSplitAsync(year, query, ct);
                return problem ?? TypedResults.Ok(AreaScheduleResponse.From(stored!, stored!.Advances!));
            })
            .WithName("GetAreaSchedule")
            .WithSummary("The area's monthly advances of a year.")
            .Produces<AreaScheduleResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/reconciliation", async (int year, YearSplitQuery query, YearEndQuery yearEnds, CancellationToken ct) =>
            {
                var (stored, problem) = await StoredSplitAsync(year, query, ct);
                if (problem is not null) return problem;
                var view = await yearEnds.LoadAsync(stored!, ct);
                if (view is null) return NotFound(new TextCode("Api.NoReconciliation", year));
                return view.Final is null
                    ? ValidationProblems.From(view.Problems, StatusCodes.Status409Conflict, new TextCode("Api.ActualIncomplete", year))
                    : TypedResults.Ok(AreaReconciliationResponse.From(year, view));
            })
            .WithName("GetAreaReconciliation")
            .WithSummary("The area's recorded year-end reconciliation of a year (404 until one is recorded).")
            .Produces<AreaReconciliationResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>404 without a key or budget for the year; 409 when the stored data cannot be split (what is missing).</summary>
    private static async Task<(YearSplit? Stored, IResult? Problem)> StoredSplitAsync(int year, YearSplitQuery query, CancellationToken ct)
    {
        var stored = await query.LoadAsync(year, ct: ct);
        if (stored is null) return (null, NotFound(new TextCode("Api.NoKey", year)));
        if (stored.SharedCost is null) return (null, NotFound(new TextCode("Api.NoBudget", year)));
        if (stored.Split is null || stored.Advances is null)
            return (null, ValidationProblems.From(stored.Problems, StatusCodes.Status409Conflict, new TextCode("Api.StoredIncomplete", year)));
        return (stored, null);
    }

    private static IResult NotFound(TextCode detail) => ApiProblems.Of(StatusCodes.Status404NotFound, detail);
}
