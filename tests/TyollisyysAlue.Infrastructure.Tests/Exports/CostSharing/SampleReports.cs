using System.Globalization;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Exports.CostSharing;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

/// <summary>Reports made with the domain engine, as the app would make them.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset GeneratedAt = new(2025, 1, 15, 9, 30, 0, TimeSpan.FromHours(2));

    /// <summary>The key's last recorded change: 5.12.2024 in Finland.</summary>
    public static readonly DateTimeOffset KeyChangedAt = new(2024, 12, 5, 6, 16, 0, TimeSpan.Zero);

    public static CostSharingExportHeader Header(string language = "fi", string area = "Kuopion seudun työllisyysalue") =>
        new(area, 2025, "Porvoon malli", KeyChangedAt, GeneratedAt, language)
        {
            IndicatorLabels = new Dictionary<string, string> { ["population18to64"] = "18–64-vuotiaat", ["jobseekers"] = "Työnhakijat" },
        };

    // Jobseekers of the Kuopio plan (22.11.2024); the other two indicators are illustrative.
    private static readonly (string Code, string Name, decimal Population, decimal Jobseekers, decimal Foreign)[] Kuopio =
    [
        ("204", "Kaavi", 1_480m, 187m, 21m), ("297", "Kuopio", 78_950m, 11_000m, 6_130m), ("857", "Tuusniemi", 1_290m, 155m, 18m),
        ("402", "Lapinlahti", 4_910m, 778m, 120m), ("749", "Siilinjärvi", 12_130m, 1_472m, 410m), ("687", "Rautavaara", 690m, 105m, 9m),
        ("239", "Keitele", 1_140m, 137m, 33m), ("686", "Rautalampi", 1_470m, 197m, 41m), ("778", "Suonenjoki", 3_990m, 484m, 260m),
        ("844", "Tervo", 780m, 129m, 12m), ("921", "Vesanto", 860m, 100m, 15m),
    ];

    public static readonly IReadOnlyList<Criterion> PorvooKey =
        [new("population18to64", 45m), new("jobseekers", 45m), new("foreignLanguage", 10m)];

    /// <summary>Kuopio-like: 11 municipalities, Porvoo's key, a direct charge, a raise from July, a reconciliation.</summary>
    public static CostSharingReport KuopioLike(string language = "fi")
    {
        var municipalities = Kuopio.Select(r => new MunicipalityIndicators(MunicipalityCode.Parse(r.Code), r.Name,
            new Dictionary<string, decimal> { ["population18to64"] = r.Population, ["jobseekers"] = r.Jobseekers, ["foreignLanguage"] = r.Foreign }))
            .ToList();
        var input = new CostSplitInput(municipalities, PorvooKey, Money.FromEuros(16_656_000m),
            [new DirectCharge(MunicipalityCode.Parse("297"), Money.FromEuros(2_015_000m), "Lisäpalvelut ja digihanke")]);
        return Complete(Header(language), input, new Revision(7, Money.FromEuros(16_912_345.67m)), Money.FromEuros(16_871_004.13m));
    }

    /// <summary>0.58 € shared by two equal municipalities and one with nothing: quotas of exactly 0.29 €.</summary>
    public static CostSharingReport TinyPot()
    {
        var municipalities = new[] { ("091", 5m), ("049", 5m), ("092", 0m) }.Select(m => new MunicipalityIndicators(
            MunicipalityCode.Parse(m.Item1), $"Kunta {m.Item1}", new Dictionary<string, decimal> { ["residents"] = m.Item2 })).ToList();
        var input = new CostSplitInput(municipalities, [new Criterion("residents", 100m)], Money.FromEuros(0.58m), []);
        return Complete(Header(), input, new Revision(12, Money.FromEuros(0.70m)), Money.FromEuros(0.61m));
    }

    /// <summary>A random but valid area of <paramref name="count"/> municipalities, 3–5 criteria, decimal weights and values.</summary>
    public static CostSharingReport Random(int seed, int count = 30)
    {
        var rng = new Random(seed);
        var criteria = rng.Next(3, 6);
        var weights = Enumerable.Range(0, criteria - 1).Select(_ => rng.Next(1, 10_000 / criteria) / 100m).ToList();
        weights.Add(100m - weights.Sum());
        var key = weights.Select((w, i) => new Criterion($"indicator{i}", w)).ToList();
        var codes = Enumerable.Range(1, 999).OrderBy(_ => rng.Next()).Take(count).ToList();
        var municipalities = codes.Select(c => new MunicipalityIndicators(
            MunicipalityCode.Parse(c.ToString("000", CultureInfo.InvariantCulture)), $"Kunta {c}",
            key.ToDictionary(k => k.Indicator, _ => Indicator(rng)))).ToList();
        var shared = Money.FromCents(rng.NextInt64(1, 50_000_000_000));
        var input = new CostSplitInput(municipalities, key, shared, [new DirectCharge(municipalities[0].Code, Money.FromCents(rng.NextInt64(0, 100_000_000)))]);
        var revised = shared + Money.FromCents(rng.NextInt64(-shared.Cents / 10, shared.Cents / 10));
        var actual = shared + Money.FromCents(rng.NextInt64(-shared.Cents / 20, shared.Cents / 20));
        return Complete(Header(area: $"Alue {seed}"), input, new Revision(rng.Next(2, 13), revised), actual);
    }

    private static decimal Indicator(Random rng) => rng.Next(4) switch
    {
        0 => rng.Next(1, 200),
        1 => rng.Next(1_000, 700_000),
        2 => rng.Next(1, 5_000_000) / 100m,
        _ => rng.Next(0, 3) == 0 ? 0m : rng.Next(1, 50_000),
    };

    /// <summary>The budget split, the advances with one revision, and a year-end tasaus against the actual cost.</summary>
    private static CostSharingReport Complete(CostSharingExportHeader header, CostSplitInput input, Revision revision, Money actualCost)
    {
        var split = CostSplitCalculator.Calculate(input);
        var schedule = AdvanceSchedule.Build(input, [revision]);
        var final = CostSplitCalculator.Calculate(input with { SharedCost = actualCost });
        var paid = schedule.Municipalities.Select(m => new AdvancePaid(m.Code, m.Total)).ToList();
        return new CostSharingReport(header, split, schedule, Reconciliation.Settle(final, paid));
    }
}
