using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing;

/// <summary>Where a member's benefit liability figure came from: Kela's months (how many) or the planner's estimate.</summary>
public sealed record LiabilityUse(LiabilitySource Source, int KelaMonths, string? EstimateBasis, bool IsDemo);

/// <summary>
/// The net position of the area's members for a year: the table (null while anything is missing — then
/// <see cref="Missing"/> names each thing and who publishes it), the national values used, and where each benefit
/// liability came from.
/// </summary>
public sealed record NetPositionView(
    int Year,
    IReadOnlyList<SplitMember> Members,
    NetPositionTable? Table,
    IReadOnlyList<FinancingMissing> Missing,
    IReadOnlyList<ParameterUse> Parameters,
    IReadOnlyDictionary<MunicipalityCode, LiabilityUse> Liabilities,
    bool UsesDemo)
{
    public string NameOf(MunicipalityCode code, string language) =>
        Members.FirstOrDefault(m => m.Code == code)?.NameIn(language) ?? code.Value;
}
