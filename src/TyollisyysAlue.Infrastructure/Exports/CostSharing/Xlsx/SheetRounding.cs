using System.Numerics;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

/// <summary>
/// How the workbook reproduces the app's cents with live formulas. The domain gives each share the floor
/// of its exact quota plus, by largest remainder, perhaps one cent; the sheet shows the quota as a formula
/// and the app's amount as <c>(ROUNDDOWN(ROUND(quota*100,4),0) + adjustment) / 100</c>, the adjustment
/// being a constant in cents. ROUND(…,4) is there only so that floating-point noise (0.29 held as
/// 0.28999…) cannot move the floor; the adjustment is computed here exactly for that same formula, so the
/// formula meets the app's amount to the cent. Nothing is re-rounded: the amount comes from the domain.
/// </summary>
internal static class SheetRounding
{
    private static readonly BigInteger NoiseScale = 10_000; // ROUND(…, 4) in cents

    public static string AmountFormula(string quotaCell, string adjustmentCell) =>
        $"(ROUNDDOWN(ROUND({quotaCell}*100,4),0)+{adjustmentCell})/100";

    /// <summary>
    /// <paramref name="amount"/> − what ROUNDDOWN(ROUND(quota × 100, 4), 0) gives, in cents, where
    /// quota = <paramref name="whole"/> × <paramref name="part"/> / <paramref name="of"/> (all non-negative, of &gt; 0).
    /// </summary>
    public static long AdjustmentCents(Money amount, Money whole, decimal part, decimal of)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(whole.Cents);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(of);
        var (partUnits, partScale) = Unscaled(part);
        var (ofUnits, ofScale) = Unscaled(of);
        // quota in cents = numerator / denominator, exactly.
        var numerator = whole.Cents * partUnits * BigInteger.Pow(10, ofScale);
        var denominator = ofUnits * BigInteger.Pow(10, partScale);
        var roundedToFourDecimals = (2 * numerator * NoiseScale + denominator) / (2 * denominator);
        var floorCents = roundedToFourDecimals / NoiseScale;
        return amount.Cents - (long)floorCents;
    }

    private static (BigInteger Units, int Scale) Unscaled(decimal value) =>
        (new BigInteger(value * Pow10(value.Scale)), value.Scale);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10m;
        return result;
    }
}
