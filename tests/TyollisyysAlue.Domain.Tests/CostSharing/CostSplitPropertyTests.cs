using System.Numerics;
using FsCheck.Xunit;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

/// <summary>
/// Invariants of the split over random areas. FsCheck supplies the seed, so a failure reports
/// the Guid that reproduces it.
/// </summary>
public class CostSplitPropertyTests
{
    private const int Runs = 150;

    private static Random Rng(Guid seed) => new(seed.GetHashCode());

    [Property(MaxTest = Runs)]
    public void Rows_columns_pots_and_grand_total_add_up_to_the_cent(Guid seed)
    {
        var input = new RandomArea(Rng(seed)).Input;
        var split = CostSplitCalculator.Calculate(input);

        var direct = Money.Sum(input.DirectCharges.Select(d => d.Amount));
        Assert.Equal(input.SharedCost + direct, split.GrandTotal);
        Assert.Equal(split.GrandTotal, Money.Sum(split.Municipalities.Select(m => m.Total)));
        Assert.Equal(input.SharedCost, Money.Sum(split.Pots.Select(p => p.Amount)));
        foreach (var m in split.Municipalities)
        {
            Assert.Equal(m.Shared, Money.Sum(m.Criteria.Select(c => c.Amount)));
            Assert.Equal(m.Total, m.Shared + m.Direct);
            Assert.Equal(Money.Sum(input.DirectCharges.Where(d => d.Code == m.Code).Select(d => d.Amount)), m.Direct);
        }
        for (var c = 0; c < split.Pots.Count; c++)
            Assert.Equal(split.Pots[c].Amount, Money.Sum(split.Municipalities.Select(m => m.Criteria[c].Amount)));
    }

    [Property(MaxTest = Runs)]
    public void Every_amount_is_the_floor_or_floor_plus_one_of_its_exact_quota(Guid seed)
    {
        var input = new RandomArea(Rng(seed)).Input;
        var split = CostSplitCalculator.Calculate(input);

        for (var c = 0; c < input.Criteria.Count; c++)
        {
            // Weights are whole hundredths of a percent: the pot's quota is shared × hundredths / 10 000.
            var hundredths = new BigInteger(input.Criteria[c].WeightPercent * 100m);
            AssertFloorOrNext(input.SharedCost.Cents * hundredths, 10_000, split.Pots[c].Amount.Cents);

            var indicator = input.Criteria[c].Indicator;
            var total = input.Municipalities.Aggregate(BigInteger.Zero, (sum, m) => sum + RandomArea.Units(m.Indicators[indicator]));
            foreach (var m in split.Municipalities)
                AssertFloorOrNext(split.Pots[c].Amount.Cents * RandomArea.Units(m.Criteria[c].IndicatorValue), total, m.Criteria[c].Amount.Cents);
        }
    }

    private static void AssertFloorOrNext(BigInteger numerator, BigInteger denominator, long actual)
    {
        var floor = (long)BigInteger.Divide(numerator, denominator);
        Assert.InRange(actual, floor, floor + 1);
        if (numerator % denominator == 0) Assert.Equal(floor, actual);
    }

    [Property(MaxTest = Runs)]
    public void The_result_does_not_depend_on_input_order(Guid seed)
    {
        var rng = Rng(seed);
        var input = new RandomArea(rng).Input;
        var shuffled = input with
        {
            Municipalities = RandomArea.Shuffled(input.Municipalities, rng),
            DirectCharges = RandomArea.Shuffled(input.DirectCharges, rng),
        };
        Assert.Equal(Flatten(CostSplitCalculator.Calculate(input)), Flatten(CostSplitCalculator.Calculate(shuffled)));
    }

    private static List<string> Flatten(CostSplit split) =>
        split.Pots.Select(p => $"{p.Indicator} {p.Amount} {p.IndicatorTotal}")
            .Concat(split.Municipalities.Select(m =>
                $"{m.Code} {m.Shared} {m.Direct} {m.Total} " + string.Join(' ', m.Criteria.Select(c => $"{c.Amount}/{c.Ratio}"))))
            .ToList();

    [Property(MaxTest = Runs)]
    public void Raising_one_indicator_value_never_lowers_that_municipalitys_amount_for_it(Guid seed)
    {
        var rng = Rng(seed);
        var input = new RandomArea(rng).Input;
        var target = input.Municipalities[rng.Next(input.Municipalities.Count)];
        var criterion = rng.Next(input.Criteria.Count);
        var indicator = input.Criteria[criterion].Indicator;
        var raised = new Dictionary<string, decimal>(target.Indicators)
        {
            [indicator] = target.Indicators[indicator] + (rng.Next(2) == 0 ? rng.Next(1, 5) : rng.NextInt64(1, 1_000_000_000)),
        };
        var changed = input with
        {
            Municipalities = input.Municipalities.Select(m => m == target ? m with { Indicators = raised } : m).ToList(),
        };

        var before = CostSplitCalculator.Calculate(input).For(target.Code).Criteria[criterion].Amount;
        var after = CostSplitCalculator.Calculate(changed).For(target.Code).Criteria[criterion].Amount;
        Assert.True(after >= before, $"{target.Code} {indicator}: {before} → {after}");
    }
}
