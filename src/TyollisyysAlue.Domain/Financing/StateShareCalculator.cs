using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>One criterion of the computed state share: unit price (€ per person) × the member's indicator value.</summary>
public sealed record StateSharePart(string Indicator, decimal UnitPrice, decimal Value, Money Amount);

/// <summary>
/// A member's state share for employment services in a year: the computed one (sum of the parts), the realised one
/// (the pre-reform figure, needed only while the transition mixes it in) and the mix actually received.
/// </summary>
public sealed record StateShare(IReadOnlyList<StateSharePart> Parts, Money Calculated, Money? Realised, decimal RealisedPercent, Money Received);

/// <summary>
/// The employment-services state share: calculated = Σ round(unit price × value) over the criteria; received =
/// round(realised × r + calculated × (1 − r)) with r the year's realised percentage (Vaasa seed: 2025 50 %, 2026 25 %,
/// from 2027 0 %).
/// </summary>
public static class StateShareCalculator
{
    public static StateShare Calculate(IEnumerable<(string Indicator, decimal UnitPrice, decimal Value)> criteria, decimal realisedPercent, Money? realised)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (realisedPercent is < 0 or > 100) throw new DomainException("financing.transition-percent", "The realised share is 0–100 %.");
        if (realisedPercent > 0 && realised is null)
            throw new DomainException("financing.realised-missing", "The transition needs the realised state share.");
        var parts = criteria.Select(c => new StateSharePart(c.Indicator, c.UnitPrice, c.Value, FinancingRounding.ToCents(c.UnitPrice * c.Value))).ToList();
        var calculated = Money.Sum(parts.Select(p => p.Amount));
        var received = realisedPercent == 0
            ? calculated
            : FinancingRounding.ToCents((realised!.Value.ToEuros() * realisedPercent + calculated.ToEuros() * (100 - realisedPercent)) / 100m);
        return new StateShare(parts, calculated, realisedPercent == 0 ? null : realised, realisedPercent, received);
    }
}
