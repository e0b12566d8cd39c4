using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using static TyollisyysAlue.Domain.Tests.CostSharing.Build;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

/// <summary>Issue 12.3: two splits member by member, worked by hand.</summary>
public class SplitComparisonTests
{
    private static CostSplit SplitBy(string indicator, decimal cost, params MunicipalityIndicators[] members) =>
        CostSplitCalculator.Calculate(Input(members, Only(indicator), Euros(cost)));

    [Fact]
    public void The_same_cost_under_another_key_moves_euros_between_members_and_the_total_stays()
    {
        // 1 000 € by population 3 : 1 → 750 / 250; by unemployed 1 : 1 → 500 / 500.
        var current = SplitBy("population", 1000m, Municipality("018", "Askola", ("population", 3m)), Municipality("434", "Loviisa", ("population", 1m)));
        var compared = SplitBy("unemployed", 1000m, Municipality("018", "Askola", ("unemployed", 1m)), Municipality("434", "Loviisa", ("unemployed", 1m)));

        var comparison = SplitComparison.Of(current, compared);

        Assert.Equal(Euros(0m), comparison.Difference);
        var askola = comparison.Members[0];
        var loviisa = comparison.Members[1];
        Assert.Equal((Euros(-250m), -33.3m, 75m, 50m, -25m),
            (askola.Difference!.Value, askola.ChangePercent!.Value, askola.CurrentSharePercent!.Value, askola.ComparedSharePercent!.Value, askola.SharePointChange!.Value));
        Assert.Equal((Euros(250m), 100m, 25m), (loviisa.Difference!.Value, loviisa.ChangePercent!.Value, loviisa.SharePointChange!.Value));
    }

    [Fact]
    public void A_member_of_only_one_year_has_no_difference_and_shares_tell_weight_from_the_whole_cost()
    {
        // 2025: 1 000 € between two equal members; 2026: 1 200 € among three equal members (400 € each).
        var current = SplitBy("population", 1000m, Municipality("018", "Askola", ("population", 1m)), Municipality("434", "Loviisa", ("population", 1m)));
        var compared = SplitBy("population", 1200m, Municipality("018", "Askola", ("population", 1m)), Municipality("434", "Loviisa", ("population", 1m)),
            Municipality("504", "Myrskylä", ("population", 1m)));

        var comparison = SplitComparison.Of(current, compared);

        Assert.Equal(["018", "434", "504"], comparison.Members.Select(m => m.Code.Value));
        Assert.Equal(Euros(200m), comparison.Difference);
        var askola = comparison.Members[0];
        Assert.Equal((Euros(-100m), -20m, 50m, 33.33m), (askola.Difference!.Value, askola.ChangePercent!.Value, askola.CurrentSharePercent!.Value, askola.ComparedSharePercent!.Value));
        var newcomer = comparison.Members[2];
        Assert.Equal((null, Euros(400m), null, null, null), (newcomer.Current, newcomer.Compared!.Value, newcomer.Difference, newcomer.ChangePercent, newcomer.SharePointChange));
    }

    [Fact]
    public void A_member_with_nothing_before_has_no_percent_change()
    {
        var current = SplitBy("population", 1000m, Municipality("018", "Askola", ("population", 1m)), Municipality("434", "Loviisa", ("population", 0m)));
        var compared = SplitBy("population", 1000m, Municipality("018", "Askola", ("population", 1m)), Municipality("434", "Loviisa", ("population", 1m)));

        var loviisa = SplitComparison.Of(current, compared).Members[1];

        Assert.Equal((Euros(500m), (decimal?)null), (loviisa.Difference!.Value, loviisa.ChangePercent));
    }

    [Fact]
    public void Without_a_current_split_only_the_compared_side_is_filled()
    {
        var compared = SplitBy("population", 1000m, Municipality("018", "Askola", ("population", 1m)), Municipality("434", "Loviisa", ("population", 3m)));

        var comparison = SplitComparison.Of(null, compared);

        Assert.False(comparison.HasCurrent);
        var loviisa = comparison.Members[1];
        Assert.Equal(((Money?)null, Euros(750m), 75m), (loviisa.Current, loviisa.Compared!.Value, loviisa.ComparedSharePercent!.Value));
        Assert.Null(loviisa.Difference);
        Assert.Null(loviisa.ChangePercent);
    }
}
