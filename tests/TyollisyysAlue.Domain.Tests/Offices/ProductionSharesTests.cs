using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Domain.Tests.Offices;

public class ProductionSharesTests
{
    /// <summary>Kuopio's plan of 5.12.2024, Table 1: jobseekers on 22.11.2024 and staff estimates.</summary>
    private static readonly GroupCounts[] Table1 =
    [
        new("1", 70, 75, [U("Kaavi", 187), U("Kuopio", 11_000), U("Tuusniemi", 155)]),
        new("2", 14, 16, [new("Maaninka-Nilsiä", 233, "Kuopio", IsDistrict: true), U("Lapinlahti", 778), U("Siilinjärvi", 1_472), U("Rautavaara", 105)]),
        new("3", 6, 7, [U("Keitele", 137), U("Rautalampi", 197), U("Suonenjoki", 484), U("Tervo", 129), U("Vesanto", 100)]),
    ];

    private static UnitCount U(string name, int jobseekers) => new(name, jobseekers, name, IsDistrict: false);

    [Fact]
    public void Kuopio_table_1_percentages_are_reproduced_exactly()
    {
        var shares = ProductionShares.Compute(Table1);

        Assert.Equal([1.3m, 74.6m, 1.1m], shares[0].Units.Select(u => u.SharePercent));
        Assert.Equal([1.6m, 5.3m, 10.0m, 0.7m], shares[1].Units.Select(u => u.SharePercent));
        Assert.Equal([0.9m, 1.3m, 3.3m, 0.9m, 0.7m], shares[2].Units.Select(u => u.SharePercent));
        Assert.Equal([11_342, 2_355, 1_047], shares.Select(s => s.Jobseekers));
        Assert.Equal([77m, 16m, 7m], shares.Select(s => s.SharePercent));
        Assert.True(shares[1].Units[0].InMunicipalityCount);
    }

    [Fact]
    public void A_district_of_a_municipality_not_counted_whole_adds_to_its_group()
    {
        var shares = ProductionShares.Compute([new("A", null, null, [new("Juankoski", 100, "Kuopio", IsDistrict: true), U("Kaavi", 300)])]);
        Assert.Equal(400, shares[0].Jobseekers);
        Assert.Equal([25.0m, 75.0m], shares[0].Units.Select(u => u.SharePercent));
    }

    [Fact]
    public void Jobseekers_per_person_year_run_from_the_high_staff_estimate_to_the_low()
    {
        var first = ProductionShares.Compute(Table1)[0];
        Assert.Equal(151m, first.JobseekersPerPersonYearLow);   // 11 342 / 75 = 151.2
        Assert.Equal(162m, first.JobseekersPerPersonYearHigh);  // 11 342 / 70 = 162.0
    }

    [Fact]
    public void Halves_round_away_from_zero_and_an_empty_area_has_no_shares()
    {
        var shares = ProductionShares.Compute([new("A", null, null, [new("x", 1, "001", false)]), new("B", 10m, 10m, [new("y", 1999, "002", false)])]);
        Assert.Equal(0.1m, shares[0].Units[0].SharePercent);   // 0.05 % → 0.1
        Assert.Equal(200m, shares[1].JobseekersPerPersonYearLow); // 1 999 / 10 = 199.9
        Assert.All(ProductionShares.Compute([new("C", null, null, [new("z", 0, "003", false)])])[0].Units, u => Assert.Equal(0m, u.SharePercent));
        Assert.Null(ProductionShares.PerPersonYear(100, 0m));
    }
}
