using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing.WhatIf;

/// <summary>A member's net cost now and in the scenario (null where a figure is missing or it is not a member).</summary>
public sealed record NetDifference(MunicipalityCode Code, Domain.Common.Money? Before, Domain.Common.Money? After);

/// <summary>
/// The current state and a scenario side by side: both splits, each municipality's payment and share with the
/// differences, net costs where the financing inputs are complete, and the §12 workforce check of both (a scenario
/// below 20 000 is a warning, never an error). <see cref="After"/> is null when the scenario cannot be split
/// (<see cref="Problems"/> say why).
/// </summary>
public sealed record WhatIfResult(
    int Year,
    CostSplit Before,
    CostSplit? After,
    IReadOnlyList<PaymentDifference> Payments,
    IReadOnlyList<NetDifference> NetCosts,
    WorkforceCheck WorkforceBefore,
    WorkforceCheck WorkforceAfter,
    IReadOnlyList<CostSharingError> Problems,
    IReadOnlyList<ScenarioChange> Changes)
{
    /// <summary>The scenario leaves the area below the statutory minimum (a warning to show).</summary>
    public bool BelowWorkforceMinimum => !WorkforceAfter.MeetsMinimum;

    public IReadOnlyList<SplitMember> Names { get; init; } = [];
}
