using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

/// <summary>
/// The domain's results to export, as calculated: nothing here is recomputed or re-rounded.
/// <see cref="Schedule"/> and <see cref="Settlements"/> are optional parts (monthly advances, year-end tasaus).
/// </summary>
public sealed record CostSharingReport(
    CostSharingExportHeader Header,
    CostSplit Split,
    AdvancePlan? Schedule = null,
    IReadOnlyList<Settlement>? Settlements = null);
