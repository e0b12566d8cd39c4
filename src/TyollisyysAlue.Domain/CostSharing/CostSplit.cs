using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// A year's split, adding up exactly to the cent in both directions: each municipality's criterion
/// amounts sum to its <see cref="MunicipalityShare.Shared"/>, each criterion's amounts sum to its pot.
/// Municipalities are ordered by code; criteria keep the key's order.
/// </summary>
public sealed record CostSplit(
    IReadOnlyList<CriterionPot> Pots,
    IReadOnlyList<MunicipalityShare> Municipalities,
    Money SharedCost,
    Money DirectTotal,
    Money GrandTotal)
{
    public MunicipalityShare For(MunicipalityCode code) =>
        Municipalities.FirstOrDefault(m => m.Code == code)
        ?? throw new KeyNotFoundException($"Municipality {code} is not in this split.");
}

/// <summary>The part of the shared cost a criterion distributes, and the indicator total it divides by.</summary>
public sealed record CriterionPot(string Indicator, decimal WeightPercent, decimal IndicatorTotal, Money Amount);

public sealed record MunicipalityShare(
    MunicipalityCode Code,
    string Name,
    IReadOnlyList<CriterionAmount> Criteria,
    Money Shared,
    Money Direct,
    Money Total);

/// <summary>A municipality's part of one pot. <see cref="Ratio"/> is its share of the indicator total (0..1).</summary>
public sealed record CriterionAmount(string Indicator, decimal IndicatorValue, decimal Ratio, Money Amount);
