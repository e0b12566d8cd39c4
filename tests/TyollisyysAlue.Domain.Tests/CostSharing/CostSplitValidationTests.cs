using TyollisyysAlue.Domain.CostSharing;
using static TyollisyysAlue.Domain.CostSharing.CostSharingErrorCodes;
using static TyollisyysAlue.Domain.Tests.CostSharing.Build;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

public class CostSplitValidationTests
{
    private static readonly Criterion[] Key = [new("population", 50m), new("unemployed", 50m)];

    private static MunicipalityIndicators Espoo(decimal population = 305_274m, decimal unemployed = 20_000m) =>
        Municipality("049", "Espoo", ("population", population), ("unemployed", unemployed));

    private static MunicipalityIndicators Kauniainen(decimal population = 10_284m, decimal unemployed = 300m) =>
        Municipality("235", "Kauniainen", ("population", population), ("unemployed", unemployed));

    private static CostSharingError Single(CostSplitInput input)
    {
        var errors = CostSplitCalculator.Validate(input);
        return Assert.Single(errors);
    }

    [Fact]
    public void A_valid_input_has_no_errors() =>
        Assert.Empty(CostSplitCalculator.Validate(Input([Espoo(), Kauniainen()], Key, Euros(21_000_000m))));

    [Fact]
    public void Weights_must_sum_to_exactly_100()
    {
        var error = Single(Input([Espoo()], [new("population", 50m), new("unemployed", 49.99m)], Euros(1m)));
        Assert.Equal(("criteria", WeightsNotHundred), (error.Field, error.Code));
    }

    [Fact]
    public void A_negative_weight_is_named_by_its_position()
    {
        var errors = CostSplitCalculator.Validate(Input([Espoo()], [new("population", 110m), new("unemployed", -10m)], Euros(1m)));
        var error = Assert.Single(errors);
        Assert.Equal(("criteria[1].weightPercent", NegativeWeight), (error.Field, error.Code));
    }

    [Fact]
    public void A_missing_indicator_names_the_municipality_and_indicator()
    {
        var noUnemployed = Municipality("235", "Kauniainen", ("population", 10_284m));
        var error = Single(Input([Espoo(), noUnemployed], Key, Euros(1m)));
        Assert.Equal(("municipalities[1].indicators.unemployed", IndicatorMissing), (error.Field, error.Code));
    }

    [Fact]
    public void A_negative_indicator_value_is_refused()
    {
        var error = Single(Input([Espoo(), Kauniainen(unemployed: -1m)], Key, Euros(1m)));
        Assert.Equal(("municipalities[1].indicators.unemployed", NegativeIndicator), (error.Field, error.Code));
    }

    [Fact]
    public void An_implausibly_large_indicator_value_is_refused()
    {
        var error = Single(Input([Espoo(population: 1e16m), Kauniainen()], Key, Euros(1m)));
        Assert.Equal(("municipalities[0].indicators.population", IndicatorTooLarge), (error.Field, error.Code));
    }

    [Fact]
    public void An_indicator_that_is_zero_everywhere_cannot_be_divided()
    {
        var error = Single(Input([Espoo(unemployed: 0m), Kauniainen(unemployed: 0m)], Key, Euros(1m)));
        Assert.Equal(("criteria[1].indicator", IndicatorTotalZero), (error.Field, error.Code));
    }

    [Fact]
    public void Duplicate_municipality_codes_are_refused()
    {
        var error = Single(Input([Espoo(), Kauniainen(), Espoo()], Key, Euros(1m)));
        Assert.Equal(("municipalities[2].code", DuplicateMunicipality), (error.Field, error.Code));
    }

    [Fact]
    public void An_empty_municipality_list_is_refused()
    {
        var error = Single(Input([], Key, Euros(1m)));
        Assert.Equal(("municipalities", NoMunicipalities), (error.Field, error.Code));
    }

    [Fact]
    public void An_empty_key_is_refused()
    {
        var error = Single(Input([Espoo()], [], Euros(1m)));
        Assert.Equal(("criteria", NoCriteria), (error.Field, error.Code));
    }

    [Fact]
    public void The_same_indicator_twice_in_the_key_is_refused()
    {
        var error = Single(Input([Espoo()], [new("population", 50m), new("population", 50m)], Euros(1m)));
        Assert.Equal(("criteria[1].indicator", DuplicateCriterion), (error.Field, error.Code));
    }

    [Fact]
    public void A_direct_charge_for_an_unknown_municipality_is_refused()
    {
        var error = Single(Input([Espoo(), Kauniainen()], Key, Euros(1m), new DirectCharge(Code("297"), Euros(5m))));
        Assert.Equal(("directCharges[0].code", UnknownMunicipality), (error.Field, error.Code));
    }

    [Fact]
    public void Negative_shared_cost_and_direct_charges_are_refused()
    {
        var errors = CostSplitCalculator.Validate(
            Input([Espoo()], Key, Euros(-1m), new DirectCharge(Code("049"), Euros(-5m))));
        Assert.Equal(
            [("sharedCost", NegativeSharedCost), ("directCharges[0].amount", NegativeDirectCharge)],
            errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Calculating_invalid_input_throws_with_all_errors()
    {
        var ex = Assert.Throws<InvalidCostSharingInputException>(() =>
            CostSplitCalculator.Calculate(Input([Espoo(), Espoo()], [new("population", 99m)], Euros(1m))));
        Assert.Equal(InvalidInput, ex.Code);
        Assert.Equal([DuplicateMunicipality, WeightsNotHundred], ex.Errors.Select(e => e.Code).Order());
    }
}
