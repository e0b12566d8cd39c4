using System.Numerics;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// The one rounding rule of cost sharing (largest-remainder / Hamilton method), in integer cents.
/// Every share gets the mathematical floor of its exact quota total × weight / Σweights; the cents
/// left over go one each to the largest remainders, ties to the lower index. Callers order the
/// shares so that the lower index is the one that should win a tie (lower municipality code,
/// criterion listed first, earlier month).
/// </summary>
public static class LargestRemainder
{
    public static long[] Split(long total, IReadOnlyList<BigInteger> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new ArgumentException("At least one share is needed.", nameof(weights));
        if (weights.Any(w => w.Sign < 0)) throw new ArgumentException("Weights cannot be negative.", nameof(weights));
        var weightSum = weights.Aggregate(BigInteger.Zero, (sum, w) => sum + w);
        if (weightSum.IsZero) throw new ArgumentException("The weights sum to zero.", nameof(weights));

        var shares = new long[weights.Count];
        var remainders = new BigInteger[weights.Count];
        long floorSum = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var numerator = total * weights[i];
            var quotient = BigInteger.DivRem(numerator, weightSum, out var remainder);
            // DivRem truncates towards zero; a negative total (a credit) needs the mathematical floor.
            if (remainder.Sign < 0)
            {
                quotient -= 1;
                remainder += weightSum;
            }
            shares[i] = (long)quotient;
            remainders[i] = remainder;
            floorSum += shares[i];
        }

        // 0 <= leftover < number of shares, because each remainder is below weightSum.
        var leftover = total - floorSum;
        var byLargestRemainder = Enumerable.Range(0, shares.Length)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i);
        foreach (var i in byLargestRemainder.Take((int)leftover)) shares[i] += 1;
        return shares;
    }

    /// <summary>Equal weights: floor(total / count) each, the leftover cents to the first shares.</summary>
    public static long[] SplitEvenly(long total, int count) =>
        Split(total, Enumerable.Repeat(BigInteger.One, count).ToArray());
}
