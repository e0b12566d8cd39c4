using System.Numerics;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// Turns decimals into integers with the same ratios so quotas can be computed exactly:
/// cents × indicator value easily exceeds decimal's 28–29 significant digits.
/// </summary>
internal static class ExactQuantities
{
    private const decimal TenPow28 = 10_000_000_000_000_000_000_000_000_000m;

    /// <summary>Scales all values by the same power of ten (the largest decimal scale among them).</summary>
    public static BigInteger[] ToCommonScale(IEnumerable<decimal> values, out int scale)
    {
        var list = values.ToList();
        var common = list.Count == 0 ? 0 : list.Max(v => (int)v.Scale);
        scale = common;
        return list.Select(v => Unscaled(v) * BigInteger.Pow(10, common - v.Scale)).ToArray();
    }

    public static BigInteger[] ToCommonScale(IEnumerable<decimal> values) => ToCommonScale(values, out _);

    /// <summary>part / whole rounded half up to 28 decimals, for 0 ≤ part ≤ whole, whole &gt; 0.</summary>
    public static decimal Ratio(BigInteger part, BigInteger whole)
    {
        var scaled = (part * new BigInteger(TenPow28) * 2 + whole) / (whole * 2);
        return (decimal)scaled / TenPow28;
    }

    /// <summary>The 96-bit integer behind a decimal (value × 10^scale), with its sign.</summary>
    private static BigInteger Unscaled(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | (uint)bits[0];
        return value < 0 ? -magnitude : magnitude;
    }
}
