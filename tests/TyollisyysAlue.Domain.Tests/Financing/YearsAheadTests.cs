using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Financing;

namespace TyollisyysAlue.Domain.Tests.Financing;

public class YearsAheadTests
{
    [Fact]
    public void Growth_compounds_and_rounds_once()
    {
        // 1 000 000,00 × 1,03 × 1,03 = 1 060 900,00; 333,33 × 1,015 = 338,32995 → 338,33
        Assert.Equal(Money.FromEuros(1_060_900m), YearsAhead.Grow(Money.FromEuros(1_000_000m), 3m, 2));
        Assert.Equal(Money.FromEuros(338.33m), YearsAhead.Grow(Money.FromEuros(333.33m), 1.5m, 1));
    }

    [Fact]
    public void Trends_last_known_linear_and_entered()
    {
        (int, decimal)[] known = [(2022, 100m), (2023, 110m), (2024, 120m)];
        Assert.Equal(120m, YearsAhead.Project(known, IndicatorTrend.LastKnown, 2026));
        Assert.Equal(140m, YearsAhead.Project(known, IndicatorTrend.Linear, 2026));   // +10 a year
        Assert.Equal(0m, YearsAhead.Project([(2022, 20m), (2023, 10m)], IndicatorTrend.Linear, 2026)); // would be −20
        Assert.Equal(99m, YearsAhead.Project(known, IndicatorTrend.Entered, 2026, 99m));
        Assert.Null(YearsAhead.Project([], IndicatorTrend.LastKnown, 2026));
    }
}
