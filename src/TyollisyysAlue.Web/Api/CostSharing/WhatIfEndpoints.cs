using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing.WhatIf;

namespace TyollisyysAlue.Web.Api.CostSharing;

/// <summary>POST /cost-sharing/what-if: stateless — nothing is read or stored; the body is the current state and the changes.</summary>
public static class WhatIfEndpoints
{
    public static void MapWhatIfEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/cost-sharing").WithTags("Cost sharing").MapPost("/what-if", WhatIfAsync)
            .WithName("WhatIf")
            .WithSummary("A what-if: the split now and after the changes (a member joins or leaves, another key, a different cost), with the differences.")
            .WithDescription("Changes apply in order. A scenario below the §12 workforce minimum (20 000) is answered with the warning \"workforce-below-minimum\", not an error.")
            .Accepts<WhatIfRequest>("application/json")
            .Produces<WhatIfResponse>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> WhatIfAsync(HttpRequest request)
    {
        var (body, problem) = await ApiJson.ReadAsync<WhatIfRequest>(request);
        if (body is null) return problem!;
        var reader = new CostSharingInputReader();
        var current = reader.Input(body.Municipalities, body.Criteria, body.SharedCost, body.DirectCharges);
        var (changes, changeErrors) = WhatIfChangeReader.Read(body.Changes);
        var errors = reader.Merge(CostSplitCalculator.Validate(current)).Concat(changeErrors).ToList();
        if (errors.Count > 0) return ValidationProblems.From(errors);

        CostSplitInput scenario;
        try
        {
            scenario = Scenario.Apply(current, changes);
        }
        catch (Domain.Common.DomainException error)
        {
            return ValidationProblems.From([new CostSharingError("changes", error.Code, error.Message)]);
        }
        var scenarioErrors = CostSplitCalculator.Validate(scenario).Select(e => e with { Field = "changes→" + e.Field }).ToList();
        if (scenarioErrors.Count > 0) return ValidationProblems.From(scenarioErrors, detail: new TextCode("Api.WhatIfCannotSplit"));
        return TypedResults.Ok(WhatIfResponse.From(CostSplitCalculator.Calculate(current), CostSplitCalculator.Calculate(scenario),
            WhatIfChangeReader.Workforce(current), WhatIfChangeReader.Workforce(scenario)));
    }
}
