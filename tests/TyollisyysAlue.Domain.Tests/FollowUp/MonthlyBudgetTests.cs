using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Domain.Tests.FollowUp;

public class MonthlyBudgetTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    [Fact]
    public void Without_a_profile_the_planned_amount_is_spread_evenly_the_odd_cents_to_the_first_months()
    {
        var months = MonthlyBudget.Of(E(100m), null);
        Assert.Equal(E(8.34m), months[0]);
        Assert.Equal(E(8.34m), months[3]);
        Assert.Equal(E(8.33m), months[4]);
        Assert.Equal(E(100m), Money.Sum(months));
        Assert.Equal(MonthlyBudget.Of(E(100m), null), MonthlyBudget.Of(E(100m), new decimal[12]));
    }

    [Fact]
    public void Weights_split_the_planned_amount_to_the_cent_ties_to_the_earlier_month()
    {
        // Eleven months of 1 and July at 0,5: 120 000 € / 11,5 = 10 434,7826… a month, July 5 217,3913…; the floors
        // leave 3 cents, which go to the larger remainders (,26 of the full months over ,13 of July), earliest first.
        decimal[] weights = [1, 1, 1, 1, 1, 1, 0.5m, 1, 1, 1, 1, 1];
        var months = MonthlyBudget.Of(E(120_000m), weights);
        Assert.Equal(E(120_000m), Money.Sum(months));
        Assert.Equal(E(5_217.39m), months[6]);
        Assert.Equal([E(10_434.79m), E(10_434.79m), E(10_434.79m), E(10_434.78m)], months.Take(4));
        Assert.Equal(E(10_434.78m), months[11]);

        // Three equal weights over 0,10 €: 4 + 3 + 3 cents, the extra cent to January.
        var thirds = MonthlyBudget.Of(E(0.10m), [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal([E(0.04m), E(0.03m), E(0.03m)], thirds.Take(3));
        Assert.All(thirds.Skip(3), m => Assert.Equal(Money.Zero, m));
    }

    [Fact]
    public void Amounts_that_add_up_to_the_planned_amount_are_the_monthly_budget_itself()
    {
        decimal[] amounts = [10_000.01m, 9_999.99m, 10_000m, 10_000m, 10_000m, 10_000m, 0m, 10_000m, 10_000m, 10_000m, 10_000m, 20_000m];
        var months = MonthlyBudget.Of(E(120_000m), amounts);
        Assert.Equal(amounts, months.Select(m => m.ToEuros()));
    }

    [Fact]
    public void A_profile_of_other_than_twelve_months_or_with_a_negative_weight_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MonthlyBudget.Of(E(1m), [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => MonthlyBudget.Of(E(1m), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1]));
    }
}
