using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using static TyollisyysAlue.Domain.CostSharing.CostSharingErrorCodes;
using static TyollisyysAlue.Domain.Tests.CostSharing.Build;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

public class AdvanceScheduleTests
{
    private static IEnumerable<Money> Repeat(decimal euros, int months) => Enumerable.Repeat(Euros(euros), months);

    [Fact]
    public void Annual_1000_is_83_34_four_times_then_83_33()
    {
        var months = AdvanceSchedule.Spread(Euros(1000m));
        Assert.Equal(Repeat(83.34m, 4).Concat(Repeat(83.33m, 8)), months);
    }

    [Fact]
    public void Raising_to_1200_from_july_spreads_the_rest_over_six_months()
    {
        // Invoiced Jan–Jun: 4 × 83.34 + 2 × 83.33 = 500.02; 1200.00 − 500.02 = 699.98 = 6 × 116.66 + 2 cents.
        var months = AdvanceSchedule.Reschedule(AdvanceSchedule.Spread(Euros(1000m)), 7, Euros(1200m));
        Assert.Equal(Euros(500.02m), Money.Sum(months.Take(6)));
        Assert.Equal(Repeat(116.67m, 2).Concat(Repeat(116.66m, 4)), months.Skip(6));
        Assert.Equal(Euros(1200m), Money.Sum(months));
    }

    [Fact]
    public void A_cut_below_what_is_invoiced_makes_a_credit()
    {
        var months = AdvanceSchedule.Reschedule(AdvanceSchedule.Spread(Euros(1200m)), 12, Euros(0m));
        Assert.Equal(Repeat(100m, 11).Append(Euros(-1100m)), months);
    }

    [Fact]
    public void Negative_remainders_use_floor_and_give_the_leftover_cent_to_the_earliest_month()
    {
        // 12.00 → 1.00 a month; from November 9.95: 9.95 − 10.00 = −0.05 over 2 months → floor −0.03, 1 cent back to Nov.
        var months = AdvanceSchedule.Reschedule(AdvanceSchedule.Spread(Euros(12m)), 11, Euros(9.95m));
        Assert.Equal([Euros(-0.02m), Euros(-0.03m)], months.Skip(10));
    }

    [Fact]
    public void A_revision_from_january_replaces_the_whole_schedule() =>
        Assert.Equal(AdvanceSchedule.Spread(Euros(600m)), AdvanceSchedule.Reschedule(AdvanceSchedule.Spread(Euros(1000m)), 1, Euros(600m)));

    [Fact]
    public void Build_reschedules_every_municipality_from_the_revised_split()
    {
        // Shares 3:1. 1200.00 → 900 + 120 direct / 300; from April 2400.00 → 1800 + 120 / 600.
        var input = Input([Municipality("297", "Kuopio", ("x", 3m)), Municipality("204", "Kaavi", ("x", 1m))],
            Only("x"), Euros(1200m), new DirectCharge(Code("297"), Euros(120m)));
        var plan = AdvanceSchedule.Build(input, [new Revision(4, Euros(2400m))]);

        Assert.Equal(Euros(2400m), plan.FinalSplit.SharedCost);
        // The split as budgeted comes with the plan (YearSplitQuery does not calculate it a second time).
        Assert.Equal(Euros(1200m), plan.InitialSplit.SharedCost);
        Assert.Equal(CostSplitCalculator.Calculate(input).For(Code("204")).Total, plan.InitialSplit.For(Code("204")).Total);
        // Kaavi: 25.00 Jan–Mar = 75.00; 600 − 75 = 525 over 9 months = 58.333… → 58.34 × 3, 58.33 × 6.
        Assert.Equal(Repeat(25m, 3).Concat(Repeat(58.34m, 3)).Concat(Repeat(58.33m, 6)), plan.For(Code("204")).Instalments);
        // Kuopio: 85.00 Jan–Mar = 255.00; 1920 − 255 = 1665 over 9 months = 185.00.
        Assert.Equal(Repeat(85m, 3).Concat(Repeat(185m, 9)), plan.For(Code("297")).Instalments);
        Assert.Equal(["204", "297"], plan.Municipalities.Select(m => m.Code.Value));
    }

    [Fact]
    public void Revisions_are_validated_with_their_own_field_paths()
    {
        var input = Input([Municipality("297", "Kuopio", ("x", 1m))], Only("x"), Euros(1200m));
        var errors = AdvanceSchedule.Validate(input,
            [new Revision(3, Euros(1m)), new Revision(3, Euros(2m)), new Revision(5, Euros(-1m)), new Revision(13, Euros(3m))]);
        Assert.Equal(
            [("revisions[1].fromMonth", RevisionsNotIncreasing), ("revisions[2].sharedCost", NegativeSharedCost),
             ("revisions[3].fromMonth", RevisionMonthOutOfRange)],
            errors.Select(e => (e.Field, e.Code)));
        Assert.Throws<InvalidCostSharingInputException>(() => AdvanceSchedule.Build(input, [new Revision(0, Euros(1m))]));
    }
}
