using TyollisyysAlue.Application.Financing;

namespace TyollisyysAlue.Web.Api.Areas;

/// <summary>GET /areas/{year}/net-position: the token's area's net position of a year (409 naming what is missing).</summary>
public static class AreaNetPositionEndpoints
{
    public static void MapAreaNetPositionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/areas/{year:int}").WithTags("Area").RequireAuthorization(ApiEndpoints.ReadPolicy)
            .MapGet("/net-position", async Task<IResult> (int year, NetPositionQuery query, CancellationToken ct) =>
            {
                var view = await query.LoadAsync(year, ct);
                if (view.Members.Count == 0) return TypedResults.Problem($"The area has no members in {year}.", statusCode: StatusCodes.Status404NotFound);
                if (view.Table is null)
                    return TypedResults.Problem($"Figures of {year} are missing, so the net position cannot be calculated; see missing.",
                        statusCode: StatusCodes.Status409Conflict,
                        extensions: new Dictionary<string, object?> { ["missing"] = view.Missing.Select(m => new { what = m.What, publisher = m.PublisherKey, municipality = m.Municipality }).ToList() });
                return TypedResults.Ok(NetPositionResponse.From(view));
            })
            .WithName("GetAreaNetPosition")
            .WithSummary("Each member's net position of a year: payment to the area, state share for employment services, benefit liability, compensation, net cost and € per resident 18–64.")
            .Produces<NetPositionResponse>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}

/// <summary>The net position; <see cref="UsesDemo"/>: some figure is a demo value, not official.</summary>
public sealed record NetPositionResponse(int Year, bool UsesDemo, IReadOnlyList<NetPositionMember> Members, NetPositionTotals Totals,
    IReadOnlyList<NetPositionParameter> Parameters)
{
    public static NetPositionResponse From(NetPositionView view)
    {
        var table = view.Table!;
        return new(view.Year, view.UsesDemo,
            table.Rows.Select(r => new NetPositionMember(r.Code.Value, r.Input.Name, r.Input.Payment.ToEuros(), r.Input.StateShare.Calculated.ToEuros(),
                r.Input.StateShare.Realised?.ToEuros(), r.Input.StateShare.RealisedPercent, r.Input.StateShare.Received.ToEuros(),
                r.Input.BenefitLiability.ToEuros(), r.Input.LiabilitySource == Domain.Financing.LiabilitySource.Kela ? "kela" : "estimate",
                r.Input.Compensation.ToEuros(), r.NetCost.ToEuros(), r.PerWorkingAgeResident?.ToEuros())).ToList(),
            new NetPositionTotals(table.Payment.ToEuros(), table.StateShare.ToEuros(), table.BenefitLiability.ToEuros(), table.Compensation.ToEuros(),
                table.NetCost.ToEuros(), table.PerWorkingAgeResident?.ToEuros()),
            view.Parameters.Select(p => new NetPositionParameter(p.Code, p.Value, p.Source, p.IsDemo)).ToList());
    }
}

/// <summary><see cref="LiabilitySource"/>: "kela" (Kela's monthly invoices) or "estimate" (the planner's estimate).</summary>
public sealed record NetPositionMember(string Code, string Name, decimal Payment, decimal StateShareCalculated, decimal? StateShareRealised,
    decimal RealisedPercent, decimal StateShare, decimal BenefitLiability, string LiabilitySource, decimal Compensation, decimal NetCost, decimal? PerWorkingAgeResident);

public sealed record NetPositionTotals(decimal Payment, decimal StateShare, decimal BenefitLiability, decimal Compensation, decimal NetCost, decimal? PerWorkingAgeResident);

public sealed record NetPositionParameter(string Code, decimal Value, string Source, bool IsDemo);
