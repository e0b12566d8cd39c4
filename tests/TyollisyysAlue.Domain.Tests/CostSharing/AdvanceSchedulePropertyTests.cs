using FsCheck.Xunit;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

public class AdvanceSchedulePropertyTests
{
    private const int Runs = 100;

    [Property(MaxTest = Runs)]
    public void Without_revisions_each_schedule_sums_to_the_annual_total_in_near_equal_front_loaded_months(Guid seed)
    {
        var input = new RandomArea(new Random(seed.GetHashCode())).Input;
        var plan = AdvanceSchedule.Build(input, []);

        foreach (var schedule in plan.Municipalities)
        {
            var cents = schedule.Instalments.Select(i => i.Cents).ToList();
            Assert.Equal(12, cents.Count);
            Assert.Equal(plan.FinalSplit.For(schedule.Code).Total, schedule.Total);
            Assert.True(cents.Max() - cents.Min() <= 1, $"{schedule.Code}: {string.Join(", ", cents)}");
            Assert.Equal(cents.OrderDescending(), cents);
        }
    }

    [Property(MaxTest = Runs)]
    public void After_revisions_each_schedule_sums_to_the_final_total_and_invoiced_months_stay_put(Guid seed)
    {
        var rng = new Random(seed.GetHashCode());
        var input = new RandomArea(rng, maxMunicipalities: 60).Input;
        var months = Enumerable.Range(1, 12).OrderBy(_ => rng.Next()).Take(rng.Next(1, 5)).Order().ToList();
        // Raises and cuts, down to zero, so remaining amounts are often negative.
        var revisions = months.Select(m => new Revision(m, Money.FromCents(rng.Next(3) == 0
            ? rng.NextInt64(0, 1_000) : rng.NextInt64(0, 2 * input.SharedCost.Cents + 1)))).ToList();

        var plan = AdvanceSchedule.Build(input, revisions);
        var original = AdvanceSchedule.Build(input, []);
        var final = CostSplitCalculator.Calculate(input with { SharedCost = revisions[^1].SharedCost });

        Assert.Equal(Money.Sum(final.Municipalities.Select(m => m.Total)), Money.Sum(plan.Municipalities.Select(m => m.Total)));
        foreach (var schedule in plan.Municipalities)
        {
            Assert.Equal(final.For(schedule.Code).Total, schedule.Total);
            var beforeFirstRevision = months[0] - 1;
            Assert.Equal(original.For(schedule.Code).Instalments.Take(beforeFirstRevision), schedule.Instalments.Take(beforeFirstRevision));
            var lastSpread = schedule.Instalments.Skip(months[^1] - 1).Select(i => i.Cents).ToList();
            Assert.True(lastSpread.Max() - lastSpread.Min() <= 1);
        }
    }
}
