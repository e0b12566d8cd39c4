using System.Globalization;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Benchmarks;

/// <summary>
/// Deterministic, plausible inputs: indicator values of the size of Finnish municipalities' statistics
/// (residents 18–64, jobseekers, foreign-language speakers), costs in the millions, cents included.
/// </summary>
public static class SyntheticAreas
{
    private static readonly string[] Indicators = ["population18to64", "jobseekers", "foreignLanguage", "servicesUsed", "longTermUnemployed"];

    /// <summary>One area's year: <paramref name="municipalities"/> members, the first <paramref name="criteria"/> indicators.</summary>
    public static CostSplitInput Area(Random rng, int municipalities, int criteria, int firstCode = 1)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var key = Key(criteria);
        var members = Enumerable.Range(firstCode, municipalities).Select(code =>
        {
            var population = (decimal)rng.Next(400, 420_000);
            var values = new Dictionary<string, decimal>
            {
                ["population18to64"] = population,
                ["jobseekers"] = Math.Round(population * rng.Next(40, 140) / 1000m, 2), // a yearly average of monthly counts
                ["foreignLanguage"] = Math.Round(population * rng.Next(5, 180) / 1000m),
                ["servicesUsed"] = Math.Round(population * rng.Next(10, 60) / 1000m),
                ["longTermUnemployed"] = Math.Round(population * rng.Next(5, 40) / 1000m),
            };
            return new MunicipalityIndicators(MunicipalityCode.Parse(code.ToString("000", CultureInfo.InvariantCulture)),
                $"Kunta {code}", values);
        }).ToList();
        var shared = Money.FromCents(municipalities * rng.NextInt64(50_000_000, 300_000_000));
        return new CostSplitInput(members, key, shared, [new DirectCharge(members[0].Code, Money.FromCents(rng.NextInt64(0, 200_000_000)))]);
    }

    /// <summary>45 %, 45 %, 10 % for three criteria (Porvoo); otherwise equal shares with the remainder on the first.</summary>
    private static List<Criterion> Key(int criteria)
    {
        if (criteria == 3) return [new(Indicators[0], 45m), new(Indicators[1], 45m), new(Indicators[2], 10m)];
        var weight = Math.Floor(10_000m / criteria) / 100m;
        return Enumerable.Range(0, criteria)
            .Select(i => new Criterion(Indicators[i], i == 0 ? 100m - weight * (criteria - 1) : weight)).ToList();
    }

    /// <summary>45 areas of 1–12 members (278 municipalities with the default seed; mainland Finland has about 290), with 1–3 criteria.</summary>
    public static IReadOnlyList<CostSplitInput> AllAreas(int seed = 45)
    {
        var rng = new Random(seed);
        var areas = new List<CostSplitInput>();
        var nextCode = 1;
        for (var i = 0; i < 45; i++)
        {
            var size = rng.Next(1, 13);
            areas.Add(Area(rng, size, criteria: size == 1 ? 1 : rng.Next(2, 4), firstCode: nextCode));
            nextCode += size;
        }
        return areas;
    }
}
