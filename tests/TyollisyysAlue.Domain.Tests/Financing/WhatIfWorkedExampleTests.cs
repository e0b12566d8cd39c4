using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.Financing;

public class WhatIfWorkedExampleTests
{
    private static MunicipalityIndicators M(string code, decimal population) =>
        new(MunicipalityCode.Parse(code), "M" + code, new Dictionary<string, decimal> { ["population"] = population });

    // 1 000,00 € by population, two members of 1 person each: 500,00 / 500,00; B also pays a direct charge of 100,00.
    private static readonly CostSplitInput Current = new([M("001", 1), M("002", 1)], [new Criterion("population", 100m)],
        Money.FromEuros(1_000m), [new DirectCharge(MunicipalityCode.Parse("002"), Money.FromEuros(100m))]);

    [Fact]
    public void A_join_spreads_the_same_cost_over_three_with_the_leftover_cent_to_the_lowest_code()
    {
        var after = CostSplitCalculator.Calculate(Scenario.Apply(Current, [new AddMunicipality("003", "M003", new Dictionary<string, decimal> { ["population"] = 1m })]));
        var before = CostSplitCalculator.Calculate(Current);

        Assert.Equal([33_334L, 33_333L, 33_333L], after.Municipalities.Select(m => m.Shared.Cents));
        var diff = ScenarioComparison.Compare(before, after);
        // 001: 500,00 → 333,34 = −166,66 € = −33,332 % → −33,33 %
        Assert.Equal(Money.FromEuros(-166.66m), diff[0].Change);
        Assert.Equal(-33.33m, diff[0].ChangePercent);
        // 003 paid nothing before: no percentage, the whole payment is the change
        Assert.Null(diff[2].Before);
        Assert.Null(diff[2].ChangePercent);
        Assert.Equal(Money.FromEuros(333.33m), diff[2].Change);
        // shares of 1 100,00 before (001 500/1100 = 45,4545… → 45,45) and after
        Assert.Equal(45.45m, diff[0].ShareBefore);
    }

    [Fact]
    public void A_leave_puts_the_whole_cost_on_the_rest_and_takes_the_leaver_s_direct_charges_with_it()
    {
        var after = CostSplitCalculator.Calculate(Scenario.Apply(Current, [new RemoveMember("002")]));

        var only = Assert.Single(after.Municipalities);
        Assert.Equal(Money.FromEuros(1_000m), only.Total);
        Assert.Equal(Money.Zero, after.DirectTotal);
        var diff = ScenarioComparison.Compare(CostSplitCalculator.Calculate(Current), after);
        Assert.Equal(Money.FromEuros(-600m), diff[1].Change); // 002 paid 500,00 + 100,00
        Assert.Equal(-100m, diff[1].ChangePercent);
        Assert.Null(diff[1].After);
    }

    [Fact]
    public void A_budget_change_and_a_new_key_apply_in_order()
    {
        var changes = new ScenarioChange[]
        {
            new ChangeSharedCost(-100.01m, "Palvelujen ostot"),
            new ChangeCriteria([new Criterion("population", 100m)]),
        };
        var input = Scenario.Apply(Current, changes);
        Assert.Equal(Money.FromEuros(899.99m), input.SharedCost);
        // 899,99 / 2: 449,995 each → 450,00 to 001 (tie to the lower code) and 449,99 to 002
        Assert.Equal([45_000L, 44_999L], CostSplitCalculator.Calculate(input).Municipalities.Select(m => m.Shared.Cents));
        Assert.Equal(Money.FromEuros(1_000m), Current.SharedCost); // the current state is untouched
    }

    [Fact]
    public void Changes_round_trip_as_json_data()
    {
        ScenarioChange[] changes = [new RemoveMember("002"), new ChangeSharedCost(5m, "x"), new AddMunicipality("003", "M003", new Dictionary<string, decimal> { ["population"] = 2m })];
        var json = System.Text.Json.JsonSerializer.Serialize(changes);
        var back = System.Text.Json.JsonSerializer.Deserialize<ScenarioChange[]>(json)!;
        Assert.Equal(3, back.Length);
        Assert.Equal(new RemoveMember("002"), back[0]);
        Assert.Equal(2m, ((AddMunicipality)back[2]).Indicators["population"]);
    }
}
