using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Benchmarks;

/// <summary>What an area does in a year: the split, monthly advances with one raise from July, the year-end tasaus.</summary>
public sealed record YearCycle(CostSplit Split, AdvancePlan Schedule, IReadOnlyList<Settlement> Settlements)
{
    public static YearCycle Run(CostSplitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var split = CostSplitCalculator.Calculate(input);
        var raised = input.SharedCost + Money.FromCents(input.SharedCost.Cents / 20);
        var schedule = AdvanceSchedule.Build(input, [new Revision(7, raised)]);
        var actual = CostSplitCalculator.Calculate(input with { SharedCost = raised - Money.FromCents(input.SharedCost.Cents / 50) });
        var paid = schedule.Municipalities.Select(m => new AdvancePaid(m.Code, m.Total)).ToList();
        return new YearCycle(split, schedule, Reconciliation.Settle(actual, paid));
    }
}
