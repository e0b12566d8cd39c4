using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>Everything a year's cost split needs. Municipality order does not matter.</summary>
public sealed record CostSplitInput(
    IReadOnlyList<MunicipalityIndicators> Municipalities,
    IReadOnlyList<Criterion> Criteria,
    Money SharedCost,
    IReadOnlyList<DirectCharge> DirectCharges);
