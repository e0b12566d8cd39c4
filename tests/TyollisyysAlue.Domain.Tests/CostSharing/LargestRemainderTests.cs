using System.Numerics;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

public class LargestRemainderTests
{
    private static long[] Split(long total, params long[] weights) =>
        LargestRemainder.Split(total, weights.Select(w => new BigInteger(w)).ToArray());

    private static BigInteger Big(string digits) => BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Exact_quotas_need_no_rounding() => Assert.Equal([50, 30, 20], Split(100, 5, 3, 2));

    [Fact]
    public void Leftover_cents_go_to_the_largest_remainders()
    {
        // Quotas 16.67, 33.33, 50: floors 16, 33, 50; one cent left, 16.67 has the largest remainder.
        Assert.Equal([17, 33, 50], Split(100, 1, 2, 3));
    }

    [Fact]
    public void Tie_goes_to_the_lower_index()
    {
        // 100 cents in three equal parts: 33.33 each, one cent left, all remainders tie.
        Assert.Equal([34, 33, 33], Split(100, 1, 1, 1));
        // 2 cents, three equal parts: the first two win.
        Assert.Equal([1, 1, 0], Split(2, 7, 7, 7));
    }

    [Fact]
    public void A_tie_among_the_later_shares_still_goes_to_the_lower_of_them()
    {
        // 11 cents by 4:3:3 → 4.4, 3.3, 3.3: one cent left, the largest remainder (0.4) is first.
        Assert.Equal([5, 3, 3], Split(11, 4, 3, 3));
        // 9 cents by 2:3:3 → 2.25, 3.375, 3.375 → floors 2, 3, 3, one left, tie → index 1.
        Assert.Equal([2, 4, 3], Split(9, 2, 3, 3));
    }

    [Fact]
    public void Zero_pot_gives_zero_to_everyone() => Assert.Equal([0, 0, 0], Split(0, 5, 1, 9));

    [Fact]
    public void One_share_takes_everything() => Assert.Equal([123_457], Split(123_457, 42));

    [Fact]
    public void Zero_weight_gets_nothing_even_with_leftover() => Assert.Equal([0, 2, 1], Split(3, 0, 1, 1));

    [Fact]
    public void Negative_total_uses_mathematical_floor_and_non_negative_leftover()
    {
        // −5 over 2: floor(−2.5) = −3 each, leftover 1 cent to the first.
        Assert.Equal([-2, -3], Split(-5, 1, 1));
        Assert.Equal([-2, -3], LargestRemainder.SplitEvenly(-5, 2));
    }

    [Fact]
    public void Even_split_gives_leftover_to_the_first()
    {
        var months = LargestRemainder.SplitEvenly(100_000, 12);
        Assert.Equal(Enumerable.Repeat(8334L, 4).Concat(Enumerable.Repeat(8333L, 8)), months);
    }

    [Fact]
    public void Huge_totals_and_weights_stay_exact()
    {
        // 10^12 € in cents times weights near 10^20 overflow decimal; BigInteger keeps it exact.
        var total = 100_000_000_000_000L;
        var weights = new[] { Big("99999999999999999999"), Big("1"), Big("33333333333333333333") };
        var shares = LargestRemainder.Split(total, weights);
        Assert.Equal(total, shares.Sum());
        var sum = weights.Aggregate(BigInteger.Add);
        for (var i = 0; i < shares.Length; i++)
        {
            var floor = total * weights[i] / sum;
            Assert.InRange(shares[i], (long)floor, (long)floor + 1);
        }
    }

    [Fact]
    public void Invalid_weights_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Split(10));
        Assert.Throws<ArgumentException>(() => Split(10, 0, 0));
        Assert.Throws<ArgumentException>(() => Split(10, 1, -1, 3));
    }
}
