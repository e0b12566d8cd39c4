using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// Indicator values for the demo areas. Population on 31.12.2022 is Statistics Finland's preliminary figure
/// (../shared/domain.md) and Kuopio's jobseekers on 22.11.2024 come from its plan's Table 1; everything else
/// is derived from population with plausible rates and flagged as demo data (IsDemo), never as official.
/// </summary>
public static class DemoIndicators
{
    public static readonly IReadOnlyDictionary<string, int> Population2022 = new Dictionary<string, int>
    {
        ["638"] = 51_232, ["018"] = 4_763, ["407"] = 2_518, ["434"] = 14_568, ["504"] = 1_764, ["616"] = 1_807, ["753"] = 22_320,
        ["049"] = 305_274, ["235"] = 10_284, ["297"] = 122_594, ["204"] = 2_689, ["239"] = 2_029, ["402"] = 9_099, ["686"] = 2_964,
        ["687"] = 1_477, ["749"] = 21_232, ["778"] = 6_763, ["844"] = 1_441, ["857"] = 2_394, ["921"] = 1_894, ["398"] = 120_175,
        ["905"] = 67_988, ["893"] = 7_434, ["946"] = 6_287, ["499"] = 19_662, ["399"] = 7_817, ["475"] = 5_479, ["545"] = 9_584,
        ["280"] = 2_024, ["231"] = 1_256,
    };

    /// <summary>Kuopio plan, Table 1: jobseekers on 22.11.2024 (Maaninka-Nilsiä's 233 are inside Kuopio's 11 000).</summary>
    public static readonly IReadOnlyDictionary<string, int> KuopioJobseekers2024 = new Dictionary<string, int>
    {
        ["204"] = 187, ["297"] = 11_000, ["857"] = 155, ["402"] = 778, ["749"] = 1_472, ["687"] = 105,
        ["239"] = 137, ["686"] = 197, ["778"] = 484, ["844"] = 129, ["921"] = 100,
    };

    public static IEnumerable<IndicatorValue> For(Guid areaId, IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            if (!Population2022.TryGetValue(code, out var population)) continue;
            var municipality = MunicipalityCode.Parse(code);
            var spread = (int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) % 7) / 100m; // 0–6 % variation per municipality
            IndicatorValue Value(string indicator, DateOnly on, decimal value, bool demo = true, string source = "Demoluku") =>
                new(Guid.NewGuid(), areaId, indicator, municipality, on, decimal.Round(value, 0), source, demo);

            yield return Value(Indicator.Population, new DateOnly(2022, 12, 31), population, demo: false, source: "Tilastokeskus, ennakkotieto 31.12.2022");
            var workingAge = population * (0.56m + spread / 2);
            foreach (var year in new[] { 2023, 2024 })
            {
                var end = new DateOnly(year, 12, 31);
                yield return Value(Indicator.WorkingAge, end, workingAge * (year == 2023 ? 0.995m : 1m));
                yield return Value(Indicator.ForeignLanguage, end, population * (0.04m + spread) * (year == 2023 ? 0.95m : 1m));
                yield return Value(Indicator.LabourForce, end, workingAge * 0.78m);
            }
            for (var month = new DateOnly(2024, 1, 1); month <= new DateOnly(2025, 6, 1); month = month.AddMonths(1))
            {
                if (month == new DateOnly(2024, 11, 1) && KuopioJobseekers2024.TryGetValue(code, out var seen))
                {
                    yield return Value(Indicator.Unemployed, month, seen, demo: false, source: "Kuopion järjestämissuunnitelma, taulukko 1 (22.11.2024)");
                    continue;
                }
                var seasonal = 1m + (month.Month is 6 or 7 ? 0.08m : month.Month is 12 or 1 ? 0.05m : 0m);
                var baseline = KuopioJobseekers2024.TryGetValue(code, out var known) ? known : workingAge * (0.07m + spread);
                yield return Value(Indicator.Unemployed, month, baseline * seasonal);
            }
        }
    }
}
