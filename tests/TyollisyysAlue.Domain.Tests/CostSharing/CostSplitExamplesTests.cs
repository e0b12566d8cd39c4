using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using static TyollisyysAlue.Domain.Tests.CostSharing.Build;

namespace TyollisyysAlue.Domain.Tests.CostSharing;

/// <summary>Splits worked out by hand, and the seeds' own figures.</summary>
public class CostSplitExamplesTests
{
    private static readonly Criterion[] PorvooKey =
        [new("population18to64", 45m), new("unemployedAndInServices", 45m), new("foreignLanguage", 10m)];

    private static MunicipalityIndicators Three(string code, string name, decimal population, decimal unemployed, decimal foreign) =>
        Municipality(code, name, ("population18to64", population), ("unemployedAndInServices", unemployed), ("foreignLanguage", foreign));

    [Fact]
    public void Two_stage_split_by_hand_with_a_direct_charge()
    {
        // 1000.00 € by 45/45/10 → pots 450, 450, 100. Population 1:1:1 → 150 each; unemployed 1:2:0 → 150, 300, 0;
        // foreign-language 1:1:1 → 33.333… each, the leftover cent to the lowest code (018).
        var input = Input(
            [Three("638", "Porvoo", 1m, 2m, 1m), Three("018", "Askola", 1m, 1m, 1m), Three("434", "Loviisa", 1m, 0m, 1m)],
            PorvooKey, Euros(1000m), new DirectCharge(Code("638"), Euros(2015m), "Digital project"));

        var split = CostSplitCalculator.Calculate(input);

        Assert.Equal([Euros(450m), Euros(450m), Euros(100m)], split.Pots.Select(p => p.Amount));
        Assert.Equal(["018", "434", "638"], split.Municipalities.Select(m => m.Code.Value));
        Assert.Equal([Euros(150m), Euros(150m), Euros(33.34m)], split.For(Code("018")).Criteria.Select(c => c.Amount));
        Assert.Equal([Euros(150m), Euros(0m), Euros(33.33m)], split.For(Code("434")).Criteria.Select(c => c.Amount));
        Assert.Equal([Euros(150m), Euros(300m), Euros(33.33m)], split.For(Code("638")).Criteria.Select(c => c.Amount));
        var porvoo = split.For(Code("638"));
        Assert.Equal((Euros(483.33m), Euros(2015m), Euros(2498.33m)), (porvoo.Shared, porvoo.Direct, porvoo.Total));
        Assert.Equal((Euros(1000m), Euros(2015m), Euros(3015m)), (split.SharedCost, split.DirectTotal, split.GrandTotal));
    }

    [Fact]
    public void A_cent_that_ties_between_pots_goes_to_the_criterion_listed_first()
    {
        var input = Input([Municipality("049", "Espoo", ("a", 1m), ("b", 1m))], [new("b", 50m), new("a", 50m)], Euros(0.01m));
        Assert.Equal([1L, 0L], CostSplitCalculator.Calculate(input).Pots.Select(p => p.Amount.Cents));
    }

    [Fact]
    public void Zero_shared_cost_gives_only_direct_charges()
    {
        var input = Input([Municipality("297", "Kuopio", ("x", 5m)), Municipality("204", "Kaavi", ("x", 1m))],
            Only("x"), Euros(0m), new DirectCharge(Code("297"), Euros(2_015_000m)));
        var split = CostSplitCalculator.Calculate(input);
        Assert.Equal([Euros(0m), Euros(2_015_000m)], split.Municipalities.Select(m => m.Total));
    }

    [Fact]
    public void One_municipality_pays_the_whole_shared_cost()
    {
        var split = CostSplitCalculator.Calculate(Input([Three("398", "Lahti", 70_000m, 9_000m, 12_000m)], PorvooKey, Euros(47_700_000.01m)));
        var lahti = Assert.Single(split.Municipalities);
        Assert.Equal(Euros(47_700_000.01m), lahti.Total);
        Assert.All(lahti.Criteria, c => Assert.Equal(1m, c.Ratio));
    }

    // Table 1 of the Kuopio plan (jobseekers 22.11.2024). Its percentages and its total 14 744 count the
    // Kuopio district Maaninka-Nilsiä (233) inside Kuopio's 11 000, so the municipality split has 11 entries.
    private static readonly (string Code, string Name, decimal Jobseekers, decimal Percent)[] KuopioTable =
    [
        ("204", "Kaavi", 187m, 1.3m), ("297", "Kuopio", 11_000m, 74.6m), ("857", "Tuusniemi", 155m, 1.1m),
        ("402", "Lapinlahti", 778m, 5.3m), ("749", "Siilinjärvi", 1_472m, 10.0m), ("687", "Rautavaara", 105m, 0.7m),
        ("239", "Keitele", 137m, 0.9m), ("686", "Rautalampi", 197m, 1.3m), ("778", "Suonenjoki", 484m, 3.3m),
        ("844", "Tervo", 129m, 0.9m), ("921", "Vesanto", 100m, 0.7m),
    ];

    private static decimal Percent(decimal ratio) => Math.Round(ratio * 100m, 1, MidpointRounding.AwayFromZero);

    [Fact]
    public void Kuopio_jobseekers_22_11_2024_give_the_plans_percentages()
    {
        var input = Input(KuopioTable.Select(r => Municipality(r.Code, r.Name, ("jobseekers", r.Jobseekers))).ToList(),
            Only("jobseekers"), Euros(16_656_000m));

        var split = CostSplitCalculator.Calculate(input);

        Assert.Equal(14_744m, split.Pots[0].IndicatorTotal);
        foreach (var row in KuopioTable)
            Assert.Equal(row.Percent, Percent(split.For(Code(row.Code)).Criteria[0].Ratio));
        // The district's own row: 233 of the same 14 744 is the plan's 1.6 %.
        Assert.Equal(1.6m, Math.Round(233m / 14_744m * 100m, 1));
        Assert.Equal(Euros(16_656_000m), Money.Sum(split.Municipalities.Select(m => m.Total)));
    }

    [Fact]
    public void Counting_the_Kuopio_district_as_its_own_entry_double_counts_and_misses_the_plans_figures()
    {
        // "999" is a stand-in: Maaninka-Nilsiä has no municipality code of its own.
        var rows = KuopioTable.Select(r => Municipality(r.Code, r.Name, ("jobseekers", r.Jobseekers)))
            .Append(Municipality("999", "Maaninka-Nilsiä", ("jobseekers", 233m))).ToList();
        var split = CostSplitCalculator.Calculate(Input(rows, Only("jobseekers"), Euros(16_656_000m)));
        Assert.Equal(14_977m, split.Pots[0].IndicatorTotal);
        Assert.Equal(73.4m, Percent(split.For(Code("297")).Criteria[0].Ratio));
    }

    [Fact]
    public void Vaasa_working_age_population_is_about_42_percent()
    {
        var input = Input(
            [Municipality("905", "Vaasa", ("population18to64", 41_390m)), Municipality("000", "Other members", ("population18to64", 57_389m))],
            Only("population18to64"), Euros(17_400_000m));
        var vaasa = CostSplitCalculator.Calculate(input).For(Code("905"));
        Assert.Equal(42m, Math.Round(vaasa.Criteria[0].Ratio * 100m, 0));
        // 17.4 M€ × 41 390 / 98 779 = 7 290 881.665…; the other entry's remainder is .487, so Vaasa's .513 wins the cent.
        Assert.Equal(Euros(7_290_881.67m), vaasa.Total);
    }

    [Fact]
    public void Kuopio_shared_cost_leaves_out_external_funding_and_kuopio_only_charges()
    {
        // Shared = expenses − depreciation − municipality-specific − externally funded (140 000 + 70 000).
        var fromLines = SharedCost.From(Euros(18_881_000m), Euros(0m), Euros(2_015_000m), Euros(210_000m));
        Assert.Equal(Euros(16_656_000m), fromLines.Amount);
        // With the plan's stated total the municipal shares would be 270 000 € smaller than the plan says.
        var fromStatedTotal = SharedCost.From(Euros(18_611_000m), Euros(0m), Euros(2_015_000m), Euros(210_000m));
        Assert.Equal(Euros(16_386_000m), fromStatedTotal.Amount);
    }

    [Fact]
    public void Shared_cost_components_cannot_be_negative()
    {
        var ex = Assert.Throws<TyollisyysAlue.Domain.Common.DomainException>(() =>
            SharedCost.From(Euros(100m), Euros(-1m), Euros(0m), Euros(0m)));
        Assert.Equal("shared-cost.negative-component", ex.Code);
    }
}
