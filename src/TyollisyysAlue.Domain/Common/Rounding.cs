namespace TyollisyysAlue.Domain.Common;

/// <summary>
/// Every rounding of a figure that is not money in cents, in one place (ADR 3 names each use). Money itself is never
/// rounded here: cents are split by <see cref="CostSharing.LargestRemainder"/> so that tables add up.
/// <para>
/// The rule is half away from zero (0,125 → 0,13; 2,5 → 3), as a Finnish reader and Excel's ROUND do, so a figure
/// in a page, a live table, a PDF and a spreadsheet formula over the same input shows the same digits. Banker's
/// rounding (half to even) is not used anywhere.
/// </para>
/// </summary>
public static class Rounding
{
    /// <summary>A value to <paramref name="decimals"/> places, half away from zero.</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>, rounded; 0 when the whole is 0.</summary>
    public static decimal Percent(decimal part, decimal whole, int decimals) =>
        whole == 0 ? 0m : Round(part * 100m / whole, decimals);

    /// <summary>A ratio (0,4567) as a rounded percentage (45,67 at two decimals).</summary>
    public static decimal PercentOfRatio(decimal ratio, int decimals) => Round(ratio * 100m, decimals);
}
