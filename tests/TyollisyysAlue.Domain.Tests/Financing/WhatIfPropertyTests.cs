using FsCheck.Xunit;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Tests.CostSharing;

namespace TyollisyysAlue.Domain.Tests.Financing;

public class WhatIfPropertyTests
{
    [Property(MaxTest = 100)]
    public void In_every_scenario_the_payments_sum_to_the_shared_cost_plus_the_direct_charges(Guid seed)
    {
        var rng = new Random(seed.GetHashCode());
        var current = new RandomArea(rng, maxMunicipalities: 80).Input;
        var changes = new List<ScenarioChange>();
        foreach (var leaver in current.Municipalities.Skip(1).Where(_ => rng.Next(4) == 0)) changes.Add(new RemoveMember(leaver.Code.Value));
        var free = Enumerable.Range(0, 1000).Select(c => c.ToString("000", System.Globalization.CultureInfo.InvariantCulture))
            .Except(current.Municipalities.Select(m => m.Code.Value)).OrderBy(_ => rng.Next()).Take(rng.Next(1, 5)); // at least one joiner with values ≥ 1, so no criterion totals zero
        foreach (var code in free)
            changes.Add(new AddMunicipality(code, "J" + code, current.Criteria.ToDictionary(c => c.Indicator, _ => (decimal)rng.Next(1, 100_000))));
        if (rng.Next(2) == 0) changes.Add(new ChangeSharedCost(rng.NextInt64(0, current.SharedCost.Cents + 1) / 100m * (rng.Next(2) == 0 ? 1 : -1)));

        var scenario = Scenario.Apply(current, changes);
        var split = CostSplitCalculator.Calculate(scenario);

        Assert.Equal(scenario.SharedCost, Money.Sum(split.Municipalities.Select(m => m.Shared)));
        Assert.Equal(Money.Sum(scenario.DirectCharges.Select(d => d.Amount)), split.DirectTotal);
        Assert.Equal(split.GrandTotal, Money.Sum(split.Municipalities.Select(m => m.Total)));
        var diff = ScenarioComparison.Compare(CostSplitCalculator.Calculate(current), split);
        Assert.Equal(split.GrandTotal - CostSplitCalculator.Calculate(current).GrandTotal, Money.Sum(diff.Select(d => d.Change)));
    }
}
