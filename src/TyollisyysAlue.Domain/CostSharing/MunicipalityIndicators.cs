using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>A member municipality and its indicator values for the budget year (counts, averages; never negative).</summary>
public sealed record MunicipalityIndicators(MunicipalityCode Code, string Name, IReadOnlyDictionary<string, decimal> Indicators);
