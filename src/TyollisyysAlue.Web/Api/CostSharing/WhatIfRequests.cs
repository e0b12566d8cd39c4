using System.ComponentModel.DataAnnotations;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Web.Api.CostSharing;

/// <summary>The calculate body (the current state) plus the scenario's changes, applied in order.</summary>
public sealed record WhatIfRequest(
    [property: Required] IReadOnlyList<MunicipalityInput?>? Municipalities,
    [property: Required] IReadOnlyList<CriterionInput?>? Criteria,
    [property: Required] decimal? SharedCost,
    [property: Required] IReadOnlyList<ChangeInput?>? Changes,
    IReadOnlyList<CodeAmountInput?>? DirectCharges = null);

/// <summary>
/// One change. <c>kind</c>: "add" (code, indicators, name), "remove" (code), "criteria" (criteria: weights sum to 100)
/// or "shared-cost" (changeEuros, + or −). A municipality's "labour-force" or "working-age" indicator, when every
/// municipality has it, feeds the §12 workforce check.
/// </summary>
public sealed record ChangeInput(
    [property: Required] string? Kind,
    string? Code = null,
    string? Name = null,
    IReadOnlyDictionary<string, decimal>? Indicators = null,
    IReadOnlyList<CriterionInput?>? Criteria = null,
    decimal? ChangeEuros = null);

/// <summary>Turns the changes into the domain's, naming each bad field (e.g. "changes[0].kind").</summary>
internal static class WhatIfChangeReader
{
    public static (List<ScenarioChange> Changes, List<CostSharingError> Errors) Read(IReadOnlyList<ChangeInput?>? changes)
    {
        var errors = new List<CostSharingError>();
        var result = new List<ScenarioChange>();
        if (changes is null)
        {
            errors.Add(new("changes", ApiErrorCodes.Required));
            return (result, errors);
        }
        for (var i = 0; i < changes.Count; i++)
        {
            var at = $"changes[{i}]";
            var change = changes[i];
            ScenarioChange? read = change?.Kind switch
            {
                "add" when ValidCode(change.Code) && change.Indicators is not null && change.Indicators.Values.All(v => v >= 0) =>
                    new AddMunicipality(MunicipalityCode.Parse(change.Code!).Value, change.Name ?? change.Code!, change.Indicators),
                "remove" when ValidCode(change.Code) => new RemoveMember(MunicipalityCode.Parse(change.Code!).Value),
                "criteria" when change.Criteria is { Count: > 0 } c && c.All(x => x?.Indicator is not null && x.WeightPercent is not null)
                    && c.Sum(x => x!.WeightPercent!.Value) == 100m =>
                    new ChangeCriteria(c.Select(x => new Criterion(x!.Indicator!, x.WeightPercent!.Value)).ToList()),
                "shared-cost" when change.ChangeEuros is not null => new ChangeSharedCost(change.ChangeEuros.Value),
                _ => null,
            };
            if (read is not null)
            {
                result.Add(read);
                continue;
            }
            errors.Add(change?.Kind switch
            {
                null => new($"{at}.kind", ApiErrorCodes.Required),
                "add" when !ValidCode(change.Code) => new($"{at}.code", ApiErrorCodes.MunicipalityCodeFormat, change.Code ?? ""),
                "add" when change.Indicators is null => new($"{at}.indicators", ApiErrorCodes.Required),
                "add" => new($"{at}.indicators", "cost-sharing.negative-indicator"),
                "criteria" when change.Criteria is { Count: > 0 } c && c.All(x => x?.Indicator is not null && x.WeightPercent is not null) =>
                    new($"{at}.criteria", "cost-sharing.weights-not-100"),
                "remove" => new($"{at}.code", ApiErrorCodes.MunicipalityCodeFormat, change.Code ?? ""),
                "criteria" => new($"{at}.criteria", ApiErrorCodes.Required),
                "shared-cost" => new($"{at}.changeEuros", ApiErrorCodes.Required),
                _ => new($"{at}.kind", "api.unknown-change", change.Kind),
            });
        }
        return (result, errors);
    }

    private static bool ValidCode(string? code) => MunicipalityCode.TryParse(code, out _);

    /// <summary>The §12 check when every municipality carries labour force or working-age population; otherwise none.</summary>
    public static WorkforceCheck? Workforce(CostSplitInput input)
    {
        var figures = input.Municipalities.Select(m => new MemberWorkforce(m.Code,
            m.Indicators.TryGetValue(Domain.Indicators.Indicator.LabourForce, out var lf) ? lf : null,
            m.Indicators.TryGetValue(Domain.Indicators.Indicator.WorkingAge, out var wa) ? wa : null)).ToList();
        return figures.Count > 0 && figures.All(f => f.LabourForce is not null || f.WorkingAge is not null) ? WorkforceBase.Check(0, figures) : null;
    }
}
