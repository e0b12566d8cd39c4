using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Domain.Tests.Indicators;

public class IndicatorFormulaTests
{
    private static readonly DateOnly May = new(2026, 5, 1), June = new(2026, 6, 1);

    [Fact]
    public void A_month_is_the_sum_of_its_components_and_keeps_each_part()
    {
        var formula = IndicatorFormula.Parse("unemployed-jobseekers + services-training + services-other");
        var values = formula.Evaluate(new Dictionary<string, IReadOnlyDictionary<DateOnly, decimal>>
        {
            ["unemployed-jobseekers"] = new Dictionary<DateOnly, decimal> { [May] = 2750, [June] = 2762 },
            ["services-training"] = new Dictionary<DateOnly, decimal> { [May] = 170, [June] = 175 },
            ["services-other"] = new Dictionary<DateOnly, decimal> { [May] = 190.5m, [June] = 191 },
        });
        Assert.Equal([(May, 3110.5m), (June, 3128m)], values.Select(v => (v.Date, v.Value)));
        Assert.Equal([("unemployed-jobseekers", 2762m), ("services-training", 175m), ("services-other", 191m)], values[1].Parts);
    }

    [Fact]
    public void A_month_with_a_missing_component_has_no_value_rather_than_a_smaller_one()
    {
        var formula = IndicatorFormula.Parse("a + b");
        var values = formula.Evaluate(new Dictionary<string, IReadOnlyDictionary<DateOnly, decimal>>
        {
            ["a"] = new Dictionary<DateOnly, decimal> { [May] = 10, [June] = 11 },
            ["b"] = new Dictionary<DateOnly, decimal> { [June] = 1 },
        });
        Assert.Equal([(June, 12m)], values.Select(v => (v.Date, v.Value)));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a + ")]
    [InlineData("a - b")]
    [InlineData("a + a")]
    [InlineData("A + b")]
    public void Anything_but_a_sum_of_two_or_more_codes_is_refused(string text) =>
        Assert.Equal("indicator.formula", Assert.Throws<DomainException>(() => IndicatorFormula.Parse(text)).Code);

    [Fact]
    public void A_derived_indicator_states_its_formula_in_one_spelling()
    {
        var indicator = new Indicator("broad", "Laaja", "Bred", "Broad", IndicatorKind.MonthlyAverage, "Laskettu", formula: "a+b +c");
        Assert.True(indicator.IsDerived);
        Assert.Equal("a + b + c", indicator.Formula);
        Assert.False(new Indicator("x", "x", "x", "x", IndicatorKind.PointInTime, "s").IsDerived);
    }
}
