using TyollisyysAlue.Application.Financing.YearsAhead;

namespace TyollisyysAlue.Web.Api.Areas;

/// <summary>
/// GET /areas/{year}/years-ahead: the token's area's budget year and two plan years as projected from its stored
/// assumptions (409 naming what is missing when the budget year cannot be split).
/// </summary>
public static class AreaYearsAheadEndpoints
{
    public static void MapAreaYearsAheadEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/areas/{year:int}").WithTags("Area").RequireAuthorization(ApiEndpoints.ReadPolicy)
            .MapGet("/years-ahead", async Task<IResult> (int year, YearsAheadQuery query, CancellationToken ct) =>
            {
                var view = await query.LoadAsync(year, ct);
                if (view.Members.Count == 0) return TypedResults.Problem($"The area has no members in {year}.", statusCode: StatusCodes.Status404NotFound);
                if (view.Missing.Count > 0)
                    return TypedResults.Problem($"The split of {year} cannot be made, so nothing can be projected; see missing.",
                        statusCode: StatusCodes.Status409Conflict,
                        extensions: new Dictionary<string, object?> { ["missing"] = Missing(view.Missing) });
                return TypedResults.Ok(YearsAheadResponse.From(view));
            })
            .WithName("GetAreaYearsAhead")
            .WithSummary("The budget year and two plan years: projected shared cost, each member's payment and net position per year (a projection; years without national parameters list what is missing).")
            .Produces<YearsAheadResponse>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static List<YearsAheadMissing> Missing(IEnumerable<Application.Financing.FinancingMissing> missing) =>
        missing.Select(m => new YearsAheadMissing(m.What, m.PublisherKey, m.Municipality)).ToList();
}

/// <summary>Every figure of a year with <see cref="IsProjection"/> true is a projection from the area's assumptions, not a budget.</summary>
public sealed record YearsAheadResponse(int BudgetYear, bool UsesDemo, IReadOnlyList<YearsAheadYear> Years)
{
    public static YearsAheadResponse From(YearsAheadView view) => new(view.BudgetYear, view.UsesDemo, view.Years.Select(y => new YearsAheadYear(
        y.Year, y.IsProjection, y.SharedCost.ToEuros(),
        view.Members.Select(m => new YearsAheadMember(m.Code.Value, m.NameFi,
            y.Split?.Municipalities.FirstOrDefault(s => s.Code == m.Code)?.Total.ToEuros(),
            y.Net?.Rows.FirstOrDefault(r => r.Code == m.Code)?.NetCost.ToEuros())).ToList(),
        y.Split is null ? null : Domain.Common.Money.Sum(y.Split.Municipalities.Select(s => s.Total)).ToEuros(), y.Net?.NetCost.ToEuros(),
        AreaYearsAheadEndpoints.Missing(y.Missing))).ToList());
}

/// <summary>A year: <see cref="NetCost"/> null while <see cref="Missing"/> names what the net position lacks.</summary>
public sealed record YearsAheadYear(int Year, bool IsProjection, decimal SharedCost, IReadOnlyList<YearsAheadMember> Members,
    decimal? Payment, decimal? NetCost, IReadOnlyList<YearsAheadMissing> Missing);

public sealed record YearsAheadMember(string Code, string Name, decimal? Payment, decimal? NetCost);

/// <summary>What is missing (a resource key), who publishes it (a resource key) and for which municipality.</summary>
public sealed record YearsAheadMissing(string What, string Publisher, string? Municipality);
