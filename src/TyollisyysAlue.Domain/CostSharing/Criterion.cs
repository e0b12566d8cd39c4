namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>One line of an allocation key, e.g. 45 % by "population18to64".</summary>
/// <param name="Indicator">The indicator every municipality must have a value for.</param>
/// <param name="WeightPercent">Share of the shared cost; the key's weights sum to exactly 100.</param>
public sealed record Criterion(string Indicator, decimal WeightPercent);
