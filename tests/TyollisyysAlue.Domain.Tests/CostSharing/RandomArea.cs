using System.Numerics;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

/// <summary>
/// A random but valid area for property tests: 1–300 municipalities, 1–5 criteria with integer or
/// two-decimal weights summing to 100, indicator values with up to four decimals (often tied or
/// zero, to exercise the tie rules), shared cost up to 10^12 € and a few direct charges.
/// </summary>
internal sealed class RandomArea
{
    public const int IndicatorScale = 10_000;

    public RandomArea(Random rng, int maxMunicipalities = 300)
    {
        var count = rng.Next(1, maxMunicipalities + 1);
        var codes = Enumerable.Range(0, 1000).OrderBy(_ => rng.Next()).Take(count).ToList();
        var criteria = Weights(rng).Select((w, i) => new Criterion($"indicator{i}", w)).ToList();
        var values = codes.Select(_ => criteria.ToDictionary(k => k.Indicator, _ => IndicatorValue(rng))).ToList();
        // An indicator cannot be zero everywhere: give the first municipality something.
        foreach (var criterion in criteria.Where(k => values.All(v => v[k.Indicator] == 0)))
            values[0][criterion.Indicator] = 1m;
        var municipalities = codes.Select((c, i) => new MunicipalityIndicators(
            MunicipalityCode.Parse(c.ToString("000", System.Globalization.CultureInfo.InvariantCulture)), $"M{c}", values[i])).ToList();

        var sharedCost = rng.Next(3) == 0 ? rng.NextInt64(0, 10_000) : rng.NextInt64(0, 100_000_000_000_001);
        var direct = Enumerable.Range(0, rng.Next(4))
            .Select(_ => new DirectCharge(municipalities[rng.Next(count)].Code, Money.FromCents(rng.NextInt64(0, 1_000_000_000))))
            .ToList();
        Input = new CostSplitInput(municipalities, criteria, Money.FromCents(sharedCost), direct);
    }

    public CostSplitInput Input { get; }

    /// <summary>Integer or two-decimal percents: random cut points of 100.00 in hundredths.</summary>
    private static List<decimal> Weights(Random rng)
    {
        var count = rng.Next(1, 6);
        var step = rng.Next(2) == 0 ? 100 : 1;
        var cuts = Enumerable.Range(0, count - 1).Select(_ => rng.Next(0, 10_000 / step + 1) * step)
            .Append(0).Append(10_000).Order().ToList();
        return cuts.Zip(cuts.Skip(1), (a, b) => (b - a) / 100m).ToList();
    }

    private static decimal IndicatorValue(Random rng) => rng.Next(6) switch
    {
        0 => 0m,
        1 => rng.Next(1, 4),
        2 => rng.NextInt64(0, 1_000_000_001),
        3 => rng.NextInt64(0, 1_000_000_000_0000) / (decimal)IndicatorScale,
        _ => rng.Next(0, 50_000),
    };

    /// <summary>The indicator value as an integer of ten-thousandths, for exact checks independent of the engine.</summary>
    public static BigInteger Units(decimal value) => new(value * IndicatorScale);

    public static List<T> Shuffled<T>(IEnumerable<T> items, Random rng) => items.OrderBy(_ => rng.Next()).ToList();
}
