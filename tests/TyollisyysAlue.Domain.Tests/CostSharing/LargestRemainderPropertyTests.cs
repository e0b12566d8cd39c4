using System.Numerics;
using FsCheck.Xunit;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

public class LargestRemainderPropertyTests
{
    [Property(MaxTest = 300)]
    public void Leftover_cents_go_exactly_to_the_largest_remainders_ties_to_the_lower_index(Guid seed)
    {
        var rng = new Random(seed.GetHashCode());
        var weights = Enumerable.Range(0, rng.Next(1, 40))
            .Select(_ => new BigInteger(rng.Next(3) == 0 ? rng.Next(0, 3) : rng.NextInt64(0, 1_000_000_000_000)))
            .ToArray();
        if (weights.All(w => w.IsZero)) weights[0] = BigInteger.One;
        var total = rng.Next(2) == 0 ? rng.NextInt64(-1_000, 1_000) : rng.NextInt64(-100_000_000_000_000, 100_000_000_000_001);

        var shares = LargestRemainder.Split(total, weights);

        var sum = weights.Aggregate(BigInteger.Add);
        Assert.Equal(total, shares.Sum());
        var floors = weights.Select(w => Floor(total * w, sum)).ToArray();
        var remainders = weights.Select((w, i) => total * w - floors[i] * sum).ToArray();
        var roundedUp = Enumerable.Range(0, shares.Length).Where(i => shares[i] == floors[i] + 1).ToList();
        var roundedDown = Enumerable.Range(0, shares.Length).Where(i => shares[i] == floors[i]).ToList();
        Assert.Equal(shares.Length, roundedUp.Count + roundedDown.Count);
        // Nobody rounded down beats anybody rounded up: a larger remainder, or an equal one and a lower index.
        foreach (var up in roundedUp)
            foreach (var down in roundedDown)
                Assert.True(remainders[up] > remainders[down] || (remainders[up] == remainders[down] && up < down),
                    $"share {down} (remainder {remainders[down]}) lost to share {up} (remainder {remainders[up]})");
    }

    private static BigInteger Floor(BigInteger numerator, BigInteger denominator)
    {
        var q = BigInteger.DivRem(numerator, denominator, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    [Property(MaxTest = 300)]
    public void An_even_split_differs_by_at_most_a_cent_and_front_loads_the_leftover(long total, byte parts)
    {
        var count = parts % 24 + 1;
        var shares = LargestRemainder.SplitEvenly(total, count);
        Assert.Equal(total, shares.Sum());
        Assert.True(shares.Max() - shares.Min() <= 1);
        Assert.Equal(shares.OrderDescending(), shares);
    }
}
