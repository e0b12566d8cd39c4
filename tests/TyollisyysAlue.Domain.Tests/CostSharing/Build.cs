using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

/// <summary>Short builders for cost-sharing inputs in tests.</summary>
internal static class Build
{
    public static MunicipalityCode Code(string code) => MunicipalityCode.Parse(code);

    public static Money Euros(decimal euros) => Money.FromEuros(euros);

    public static MunicipalityIndicators Municipality(string code, string name, params (string Indicator, decimal Value)[] values) =>
        new(Code(code), name, values.ToDictionary(v => v.Indicator, v => v.Value));

    public static CostSplitInput Input(IReadOnlyList<MunicipalityIndicators> municipalities, IReadOnlyList<Criterion> criteria,
        Money sharedCost, params DirectCharge[] directCharges) =>
        new(municipalities, criteria, sharedCost, directCharges);

    /// <summary>One criterion taking 100 % of the shared cost.</summary>
    public static IReadOnlyList<Criterion> Only(string indicator) => [new Criterion(indicator, 100m)];
}
