using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

public class SheetRoundingTests
{
    private static Money Cents(long cents) => Money.FromCents(cents);

    [Fact]
    public void A_quota_of_whole_cents_needs_no_adjustment() =>
        Assert.Equal(0, SheetRounding.AdjustmentCents(Cents(29), Cents(58), 5m, 10m));

    [Fact]
    public void The_cent_the_largest_remainder_gave_is_the_adjustment() =>
        // 100 cents × 1/3 = 33.33… cents; the app gave this share the leftover cent.
        Assert.Equal(1, SheetRounding.AdjustmentCents(Cents(34), Cents(100), 1m, 3m));

    [Fact]
    public void A_share_left_at_its_floor_has_no_adjustment() =>
        Assert.Equal(0, SheetRounding.AdjustmentCents(Cents(33), Cents(100), 1m, 3m));

    [Fact]
    public void Decimal_weights_and_values_are_taken_exactly() =>
        // 1 234 567.89 € × 12.5 % = 15 432 098.625 cents; floor 15 432 098.
        Assert.Equal(1, SheetRounding.AdjustmentCents(Cents(15_432_099), Cents(123_456_789), 12.5m, 100m));

    [Fact]
    public void A_quota_within_the_noise_guard_of_the_next_cent_counts_as_that_cent()
    {
        // 1 299 996 cents × 1 / 100 000 = 12.99996 cents: ROUND(…; 4) makes it 13.0000, so the sheet's floor is 13.
        Assert.Equal(0, SheetRounding.AdjustmentCents(Cents(13), Cents(1_299_996), 1m, 100_000m));
        Assert.Equal(-1, SheetRounding.AdjustmentCents(Cents(12), Cents(1_299_996), 1m, 100_000m));
    }

    [Fact]
    public void The_amount_formula_floors_the_quota_in_cents_and_adds_the_adjustment() =>
        Assert.Equal("(ROUNDDOWN(ROUND(D13*100,4),0)+E13)/100", SheetRounding.AmountFormula("D13", "E13"));
}
