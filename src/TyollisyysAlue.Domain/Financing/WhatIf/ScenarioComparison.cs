using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Financing.WhatIf;

/// <summary>
/// A municipality's payment now and in the scenario (null where it is not a member), its share of the total in
/// percent (two decimals), and the difference in euros and percent (null when it paid nothing before).
/// </summary>
public sealed record PaymentDifference(MunicipalityCode Code, string Name, Money? Before, Money? After, decimal? ShareBefore, decimal? ShareAfter)
{
    public Money Change => (After ?? Money.Zero) - (Before ?? Money.Zero);

    public decimal? ChangePercent => Before is { Cents: not 0 } before
        ? Rounding.Round(Change.Cents * 100m / before.Cents, 2)
        : null;
}

public static class ScenarioComparison
{
    /// <summary>Every municipality of either split, by code.</summary>
    public static IReadOnlyList<PaymentDifference> Compare(CostSplit before, CostSplit after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var codes = before.Municipalities.Select(m => m.Code).Union(after.Municipalities.Select(m => m.Code)).Order();
        return codes.Select(code =>
        {
            var was = before.Municipalities.FirstOrDefault(m => m.Code == code);
            var now = after.Municipalities.FirstOrDefault(m => m.Code == code);
            return new PaymentDifference(code, (now ?? was)!.Name, was?.Total, now?.Total,
                was is null ? null : Share(was.Total, before.GrandTotal), now is null ? null : Share(now.Total, after.GrandTotal));
        }).ToList();
    }

    private static decimal Share(Money part, Money whole) =>
        whole.Cents == 0 ? 0m : Rounding.Round(part.Cents * 100m / whole.Cents, 2);
}
