using TyollisyysAlue.Domain.Budgets;
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

    [Fact]
    public void Shared_cost_grows_per_category_and_keeps_the_deductions()
    {
        // Staff 100 000,00 at +3 %: year 1 103 000,00, year 2 106 090,00; services 50 000,01 at −2,5 %:
        // year 1 48 750,009 75 → 48 750,01, year 2 47 531,259 51 → 47 531,26; other 1 000,00 without an assumption stays.
        // Less 20 000,00 of external funding: year 0 131 000,01, year 1 132 750,01, year 2 134 621,26.
        (ExpenseCategory, Money)[] costs =
        [
            (ExpenseCategory.Staff, Money.FromEuros(100_000m)), (ExpenseCategory.PurchasedServices, Money.FromEuros(50_000.01m)),
            (ExpenseCategory.Other, Money.FromEuros(1_000m)),
        ];
        CategoryGrowth[] growth = [new(ExpenseCategory.Staff, 3m), new(ExpenseCategory.PurchasedServices, -2.5m)];
        var deductions = Money.FromEuros(20_000m);
        Assert.Equal(Money.FromEuros(131_000.01m), YearsAhead.SharedCost(costs, growth, deductions, 0));
        Assert.Equal(Money.FromEuros(132_750.01m), YearsAhead.SharedCost(costs, growth, deductions, 1));
        Assert.Equal(Money.FromEuros(134_621.26m), YearsAhead.SharedCost(costs, growth, deductions, 2));
    }

    [Fact]
    public void A_linear_trend_fits_a_least_squares_line_through_an_uneven_series()
    {
        // Points (2021, 10), (2022, 14), (2023, 15): mean year 2022, mean 13; slope = (−1·−3 + 1·2) / 2 = 2,5.
        // 2025: 13 + 2,5 × 3 = 20,5; 2026: 23.
        (int, decimal)[] known = [(2023, 15m), (2021, 10m), (2022, 14m)];
        Assert.Equal(20.5m, YearsAhead.Project(known, IndicatorTrend.Linear, 2025));
        Assert.Equal(23m, YearsAhead.Project(known, IndicatorTrend.Linear, 2026));
        Assert.Null(YearsAhead.Project(known, IndicatorTrend.Entered, 2026));
    }

    [Fact]
    public void Assumptions_round_trip_as_data()
    {
        var assumptions = new YearsAheadAssumptions(Guid.NewGuid(), Guid.NewGuid(), 2025);
        assumptions.Set([new CategoryGrowth(ExpenseCategory.Staff, 2.5m)],
            [new IndicatorAssumption("tyoikaiset", IndicatorTrend.Entered, [new EnteredIndicatorValue("091", 2026, 1_234.5m)])]);
        Assert.Equal(2.5m, Assert.Single(assumptions.Growth()).Percent);
        var trend = Assert.Single(assumptions.Trends());
        Assert.Equal(IndicatorTrend.Entered, trend.Trend);
        Assert.Equal(new EnteredIndicatorValue("091", 2026, 1_234.5m), Assert.Single(trend.Entered));
    }
}
