using BenchmarkDotNet.Attributes;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Memberships;

namespace TyollisyysAlue.Benchmarks;

/// <summary>
/// The what-if engine on synthetic figures (SYNTHETIC: unit prices, realised shares, liabilities and compensations are
/// invented for the benchmark, not official): one area of 20 members where a member leaves, a neighbour joins and the
/// key changes; and a national scenario where in each of the 45 areas (278 municipalities) one member moves to the
/// next area. Each what-if is both splits, the comparison, every member's net position now and in the scenario, and
/// the §12 workforce check of both.
/// </summary>
[MemoryDiagnoser]
public class WhatIfBenchmarks
{
    private (CostSplitInput Input, IReadOnlyList<ScenarioChange> Changes) twenty;
    private IReadOnlyList<(CostSplitInput Input, IReadOnlyList<ScenarioChange> Changes)> national = null!;

    [GlobalSetup]
    public void Setup()
    {
        var area = SyntheticAreas.Area(new Random(20), municipalities: 21, criteria: 3);
        var joiner = area.Municipalities[^1];
        var current = area with { Municipalities = area.Municipalities.Take(20).ToList() };
        twenty = (current,
        [
            new RemoveMember(current.Municipalities[5].Code.Value),
            new AddMunicipality(joiner.Code.Value, joiner.Name, joiner.Indicators),
            new ChangeCriteria([new("population18to64", 50m), new("jobseekers", 50m)]),
        ]);
        var areas = SyntheticAreas.AllAreas();
        national = areas.Select((input, i) =>
        {
            var neighbour = areas[(i + 1) % areas.Count].Municipalities[0];
            IReadOnlyList<ScenarioChange> changes = input.Municipalities.Count > 1
                ? [new RemoveMember(input.Municipalities[^1].Code.Value), new AddMunicipality(neighbour.Code.Value, neighbour.Name, neighbour.Indicators)]
                : [new AddMunicipality(neighbour.Code.Value, neighbour.Name, neighbour.Indicators)];
            return (input, changes);
        }).ToList();
    }

    [Benchmark(Description = "What-if: area of 20 members (leave, join, new key)")]
    public int What_if_20_members() => WhatIfWorkload.Run(twenty.Input, twenty.Changes);

    [Benchmark(Description = "What-if: national, 45 areas (one member moves in each)")]
    public int What_if_national()
    {
        var rows = 0;
        foreach (var (input, changes) in national) rows += WhatIfWorkload.Run(input, changes);
        return rows;
    }
}

/// <summary>One what-if as the application runs it, without the database.</summary>
public static class WhatIfWorkload
{
    // SYNTHETIC unit prices and transition mix: of the order of the 2025 state budget's, invented for the benchmark.
    private static readonly (string Indicator, decimal UnitPrice)[] Criteria = [("population18to64", 61.37m), ("jobseekers", 812.4m), ("foreignLanguage", 95.06m)];

    public static int Run(CostSplitInput current, IReadOnlyList<ScenarioChange> changes)
    {
        var scenario = Scenario.Apply(current, changes);
        var before = CostSplitCalculator.Calculate(current);
        var after = CostSplitCalculator.Calculate(scenario);
        var payments = ScenarioComparison.Compare(before, after);
        var net = Net(before, current).Rows.Count + Net(after, scenario).Rows.Count;
        var workforce = WorkforceBase.Check(2026, Workforce(current)).MeetsMinimum ^ WorkforceBase.Check(2026, Workforce(scenario)).MeetsMinimum;
        return payments.Count + net + (workforce ? 1 : 0);
    }

    /// <summary>Every member's net position in a split, its state share from its own indicators (SYNTHETIC national figures).</summary>
    private static NetPositionTable Net(CostSplit split, CostSplitInput input) => NetPositionCalculator.Table(split.Municipalities.Select(share =>
    {
        var values = input.Municipalities.First(m => m.Code == share.Code).Indicators;
        var residents = values.GetValueOrDefault("population18to64");
        var state = StateShareCalculator.Calculate(Criteria.Select(c => (c.Indicator, c.UnitPrice, values.GetValueOrDefault(c.Indicator))),
            25m, FinancingRounding.ToCents(residents * 70m));
        return new NetPositionInput(share.Code, share.Name, share.Total, state, FinancingRounding.ToCents(residents * 9.5m), LiabilitySource.Estimate,
            FinancingRounding.ToCents(residents * 4.25m), residents);
    }));

    private static List<MemberWorkforce> Workforce(CostSplitInput input) =>
        input.Municipalities.Select(m => new MemberWorkforce(m.Code, m.Indicators.GetValueOrDefault("population18to64") * 0.78m, m.Indicators.GetValueOrDefault("population18to64"))).ToList();
}
