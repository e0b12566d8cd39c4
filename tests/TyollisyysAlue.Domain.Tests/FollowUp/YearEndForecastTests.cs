using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Domain.Tests.FollowUp;

public class YearEndForecastTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    [Fact]
    public void The_run_rate_carries_the_pace_to_the_year_end_to_the_cent()
    {
        Assert.Equal(E(120_000m), YearEndForecast.RunRate(E(30_000m), 3, E(100_000m)));
        Assert.Equal(E(1_000.01m), YearEndForecast.RunRate(E(583.34m), 7, E(0m)));   // 1000.0114… → 1000.01
        Assert.Equal(E(100m), YearEndForecast.RunRate(E(0m), 0, E(100m)));
        Assert.Equal(E(99m), YearEndForecast.RunRate(E(99m), 12, E(100m)));
    }

    [Fact]
    public void An_expense_is_flagged_over_plan_then_over_its_high_end_and_income_when_short()
    {
        Assert.Equal(ForecastFlag.None, YearEndForecast.Flag(false, E(100m), E(100m), E(120m)));
        Assert.Equal(ForecastFlag.OverPlanned, YearEndForecast.Flag(false, E(110m), E(100m), E(120m)));
        Assert.Equal(ForecastFlag.OverHigh, YearEndForecast.Flag(false, E(120.01m), E(100m), E(120m)));
        Assert.Equal(ForecastFlag.OverPlanned, YearEndForecast.Flag(false, E(100.01m), E(100m), null));
        Assert.Equal(ForecastFlag.IncomeShort, YearEndForecast.Flag(true, E(99.99m), E(100m), null));
        Assert.Equal(ForecastFlag.None, YearEndForecast.Flag(true, E(150m), E(100m), null));
    }
}
