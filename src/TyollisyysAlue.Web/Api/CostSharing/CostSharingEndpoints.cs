using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Web.Api.CostSharing;

/// <summary>
/// Stateless calculations with the domain engine: nothing is read or stored. The body is read by
/// <see cref="ApiJson"/> (so that unreadable JSON is a named 400, not a framework error), the domain validates.
/// </summary>
public static class CostSharingEndpoints
{
    public static void MapCostSharingEndpoints(this RouteGroupBuilder api)
    {
        // The server refuses a larger body too (Kestrel answers it as a 413 problem through ApiExceptionHandler).
        var group = api.MapGroup("/cost-sharing").WithTags("Cost sharing")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ApiJson.MaxBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/calculate", CalculateAsync)
            .WithName("CalculateSplit")
            .WithSummary("Split a shared cost by a weighted key; monthly advances after the revisions.")
            .WithDescription("Figures are those of the last revision; each municipality's monthly instalments sum to its total.")
            .Accepts<CalculateRequest>("application/json")
            .Produces<CalculateResponse>()
            .ProducesValidationProblem();

        group.MapPost("/reconcile", ReconcileAsync)
            .WithName("Reconcile")
            .WithSummary("Year-end reconciliation: the split of the actual year against the advances paid.")
            .Accepts<ReconcileRequest>("application/json")
            .Produces<ReconcileResponse>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> CalculateAsync(HttpRequest request)
    {
        var (body, problem) = await ApiJson.ReadAsync<CalculateRequest>(request);
        if (body is null) return problem!;
        var reader = new CostSharingInputReader();
        var input = reader.Input(body.Municipalities, body.Criteria, body.SharedCost, body.DirectCharges);
        var revisions = reader.Revisions(body.Revisions);
        var errors = reader.Merge(AdvanceSchedule.Validate(input, revisions));
        return errors.Count > 0
            ? ValidationProblems.From(errors)
            : TypedResults.Ok(CalculateResponse.From(AdvanceSchedule.Build(input, revisions)));
    }

    private static async Task<IResult> ReconcileAsync(HttpRequest request)
    {
        var (body, problem) = await ApiJson.ReadAsync<ReconcileRequest>(request);
        if (body is null) return problem!;
        var reader = new CostSharingInputReader();
        var input = reader.Input(body.Municipalities, body.Criteria, body.SharedCost, body.DirectCharges);
        var advances = reader.Advances(body.AdvancesPaid);
        IEnumerable<CostSharingError> domainErrors = CostSplitCalculator.Validate(input);
        CostSplit? final = null;
        if (!domainErrors.Any())
        {
            final = CostSplitCalculator.Calculate(input);
            // The domain names the list "advances"; in this API it is "advancesPaid".
            domainErrors = Reconciliation.Validate(final, advances).Select(e => e with { Field = "advancesPaid" + e.Field["advances".Length..] });
        }
        var errors = reader.Merge(domainErrors);
        return errors.Count > 0
            ? ValidationProblems.From(errors)
            : TypedResults.Ok(ReconcileResponse.From(Reconciliation.Settle(final!, advances)));
    }
}
