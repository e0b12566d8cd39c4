using BenchmarkDotNet.Attributes;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Benchmarks;

/// <summary>Split + advances (one revision) + tasaus: one large area, and every area of the country in one go.</summary>
[MemoryDiagnoser]
public class CostSharingBenchmarks
{
    private CostSplitInput large = null!;
    private IReadOnlyList<CostSplitInput> allAreas = null!;

    [GlobalSetup]
    public void Setup()
    {
        large = SyntheticAreas.Area(new Random(300), municipalities: 300, criteria: 5);
        allAreas = SyntheticAreas.AllAreas();
    }

    [Benchmark(Description = "Year: 300 municipalities × 5 criteria")]
    public YearCycle Year_300_municipalities() => YearCycle.Run(large);

    [Benchmark(Description = "Year: all 45 areas (1–12 members each)")]
    public int Year_all_45_areas()
    {
        var settlements = 0;
        foreach (var area in allAreas) settlements += YearCycle.Run(area).Settlements.Count;
        return settlements;
    }
}
