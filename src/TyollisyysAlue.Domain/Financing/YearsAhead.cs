using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>How an indicator is carried into the plan years.</summary>
public enum IndicatorTrend
{
    /// <summary>The last known value stays.</summary>
    LastKnown = 1,
    /// <summary>A straight line through the known yearly values (least squares), never below zero.</summary>
    Linear = 2,
    /// <summary>Values the planner enters for each plan year.</summary>
    Entered = 3,
}

/// <summary>
/// The budget year and the two plan years after it (talousarvio ja taloussuunnitelma): costs grow by a percentage per
/// cost category a year, indicators follow a trend. Every figure it makes is a projection and labelled so.
/// </summary>
public static class YearsAhead
{
    public const int PlanYears = 2;

    /// <summary>Cost of <paramref name="yearsAhead"/> years later, compounding the yearly growth and rounding once.</summary>
    public static Money Grow(Money cost, decimal growthPercent, int yearsAhead)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yearsAhead);
        var factor = 1m;
        for (var i = 0; i < yearsAhead; i++) factor *= 1m + growthPercent / 100m;
        return FinancingRounding.ToCents(cost.ToEuros() * factor);
    }

    /// <summary>
    /// The shared cost <paramref name="yearsAhead"/> years after the budget year: each cost category grown by its own
    /// rate (0 % when none is given) and rounded once per category, summed, less the deductions (municipality-specific
    /// and externally funded income) held at the budget year's level. Exact to the cent: the sum of the rounded parts.
    /// </summary>
    public static Money SharedCost(IReadOnlyList<(ExpenseCategory Category, Money Cost)> costs, IReadOnlyList<CategoryGrowth> growth,
        Money deductions, int yearsAhead)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(growth);
        decimal RateOf(ExpenseCategory category) => growth.FirstOrDefault(g => g.Category == category)?.Percent ?? 0m;
        return Money.Sum(costs.Select(c => Grow(c.Cost, RateOf(c.Category), yearsAhead))) - deductions;
    }

    /// <summary>
    /// An indicator's value in <paramref name="year"/> from its known (year, value) points: the last one, a least-squares
    /// line (two decimals, not below zero), or the entered value. Null when nothing is known (or not entered).
    /// </summary>
    public static decimal? Project(IReadOnlyList<(int Year, decimal Value)> known, IndicatorTrend trend, int year, decimal? entered = null)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (trend == IndicatorTrend.Entered) return entered;
        if (known.Count == 0) return null;
        var ordered = known.OrderBy(k => k.Year).ToList();
        if (trend == IndicatorTrend.LastKnown || ordered.Count == 1) return ordered[^1].Value;
        var meanX = ordered.Average(k => (decimal)k.Year);
        var meanY = ordered.Average(k => k.Value);
        var sxx = ordered.Sum(k => (k.Year - meanX) * (k.Year - meanX));
        var sxy = ordered.Sum(k => (k.Year - meanX) * (k.Value - meanY));
        var slope = sxx == 0 ? 0 : sxy / sxx;
        var value = meanY + slope * (year - meanX);
        return Math.Max(0m, Rounding.Round(value, 2));
    }
}
