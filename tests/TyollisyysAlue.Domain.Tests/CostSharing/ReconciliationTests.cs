using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using static TyollisyysAlue.Domain.Tests.CostSharing.Build;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

public class ReconciliationTests
{
    // Actual costs 1300.00 split 3:1 by actual indicators → Kuopio 975.00, Kaavi 325.00.
    private static readonly CostSplit Final = CostSplitCalculator.Calculate(
        Input([Municipality("297", "Kuopio", ("x", 3m)), Municipality("204", "Kaavi", ("x", 1m))], Only("x"), Euros(1300m)));

    [Fact]
    public void Settlement_is_final_minus_paid()
    {
        // Kuopio paid 900.00 in 12 rows of 75.00 → invoiced 75.00; Kaavi paid 400.00 → refunded 75.00.
        var advances = Enumerable.Repeat(new AdvancePaid(Code("297"), Euros(75m)), 12)
            .Append(new AdvancePaid(Code("204"), Euros(400m))).ToList();

        var settlements = Reconciliation.Settle(Final, advances);

        var kaavi = settlements[0];
        var kuopio = settlements[1];
        Assert.Equal((Euros(975m), Euros(900m), Euros(75m), true), (kuopio.FinalCost, kuopio.Paid, kuopio.Balance, kuopio.IsInvoice));
        Assert.Equal((Euros(325m), Euros(400m), Euros(-75m), true), (kaavi.FinalCost, kaavi.Paid, kaavi.Balance, kaavi.IsRefund));
    }

    [Fact]
    public void A_municipality_without_advances_owes_its_whole_final_cost()
    {
        var kaavi = Reconciliation.Settle(Final, [new AdvancePaid(Code("297"), Euros(975m))])[0];
        Assert.Equal(Euros(325m), kaavi.Balance);
        Assert.False(Reconciliation.Settle(Final, [new AdvancePaid(Code("297"), Euros(975m))])[1].IsInvoice);
    }

    [Fact]
    public void Settling_the_advance_plan_against_its_own_final_split_leaves_nothing()
    {
        var input = Input([Municipality("297", "Kuopio", ("x", 3m)), Municipality("204", "Kaavi", ("x", 1m))], Only("x"), Euros(1000m));
        var plan = AdvanceSchedule.Build(input, [new Revision(7, Euros(1300m))]);
        var paid = plan.Municipalities.SelectMany(m => m.Instalments.Select(i => new AdvancePaid(m.Code, i))).ToList();
        Assert.All(Reconciliation.Settle(Final, paid), s => Assert.Equal(Money.Zero, s.Balance));
    }

    [Fact]
    public void An_advance_for_an_unknown_municipality_is_an_error()
    {
        var advances = new[] { new AdvancePaid(Code("297"), Euros(1m)), new AdvancePaid(Code("749"), Euros(1m)) };
        var error = Assert.Single(Reconciliation.Validate(Final, advances));
        Assert.Equal(("advances[1].code", CostSharingErrorCodes.UnknownMunicipality), (error.Field, error.Code));
        Assert.Throws<InvalidCostSharingInputException>(() => Reconciliation.Settle(Final, advances));
    }

    [Fact]
    public void A_carry_forward_decision_records_amount_target_year_and_decision()
    {
        var decision = new CarryForwardDecision(2025, 2027, Euros(12_345.67m), " Työllisyysaluejaosto 12.2.2026 § 7 ");
        Assert.True(decision.IsSurplus);
        Assert.Equal("Työllisyysaluejaosto 12.2.2026 § 7", decision.DecisionReference);
        Assert.False(new CarryForwardDecision(2025, 2026, Euros(-1m), "x").IsSurplus);
    }

    [Theory]
    [InlineData(2025, 2025, 100, "§ 7", "carry-forward.target-not-later")]
    [InlineData(2025, 2026, 0, "§ 7", "carry-forward.zero-amount")]
    [InlineData(2025, 2026, 100, " ", "carry-forward.decision-required")]
    public void A_carry_forward_decision_must_make_sense(int year, int target, long cents, string reference, string code)
    {
        var ex = Assert.Throws<DomainException>(() => new CarryForwardDecision(year, target, Money.FromCents(cents), reference));
        Assert.Equal(code, ex.Code);
    }
}
