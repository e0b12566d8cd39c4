using System.Text.Json.Serialization;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Financing.WhatIf;

/// <summary>
/// One change a what-if scenario makes to the area's current year. Stored as data (JSON) with the scenario, so a
/// scenario is replayed on the current figures each time it is opened and never touches the area's own tables.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(AddMunicipality), "add")]
[JsonDerivedType(typeof(RemoveMember), "remove")]
[JsonDerivedType(typeof(ChangeCriteria), "criteria")]
[JsonDerivedType(typeof(ChangeSharedCost), "shared-cost")]
public abstract record ScenarioChange;

/// <summary>A municipality joins with its indicator values (imported or entered for the scenario).</summary>
public sealed record AddMunicipality(string Code, string Name, IReadOnlyDictionary<string, decimal> Indicators) : ScenarioChange;

/// <summary>A member leaves (its direct charges leave with it).</summary>
public sealed record RemoveMember(string Code) : ScenarioChange;

/// <summary>A different key: criteria and weights (summing to exactly 100).</summary>
public sealed record ChangeCriteria(IReadOnlyList<Criterion> Criteria) : ScenarioChange;

/// <summary>The shared cost changes by an amount (a budget line raised or cut), in euros.</summary>
public sealed record ChangeSharedCost(decimal ChangeEuros, string? Line = null) : ScenarioChange;

/// <summary>Applies changes to a year's split input; the result is a new input, the old one is untouched.</summary>
public static class Scenario
{
    public static CostSplitInput Apply(CostSplitInput current, IEnumerable<ScenarioChange> changes)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changes);
        var input = current;
        foreach (var change in changes)
        {
            input = change switch
            {
                AddMunicipality add => input with
                {
                    Municipalities = [.. input.Municipalities.Where(m => m.Code != MunicipalityCode.Parse(add.Code)),
                        new MunicipalityIndicators(MunicipalityCode.Parse(add.Code), add.Name, add.Indicators)],
                },
                RemoveMember remove => input with
                {
                    Municipalities = input.Municipalities.Where(m => m.Code != MunicipalityCode.Parse(remove.Code)).ToList(),
                    DirectCharges = input.DirectCharges.Where(d => d.Code != MunicipalityCode.Parse(remove.Code)).ToList(),
                },
                ChangeCriteria criteria => input with { Criteria = criteria.Criteria },
                ChangeSharedCost cost => input with { SharedCost = input.SharedCost + Money.FromEuros(cost.ChangeEuros) },
                _ => throw new ArgumentOutOfRangeException(nameof(changes), change.GetType().Name),
            };
        }
        return input;
    }
}
