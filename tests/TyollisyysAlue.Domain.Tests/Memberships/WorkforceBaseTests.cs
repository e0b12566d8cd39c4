using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.Memberships;

public class WorkforceBaseTests
{
    private static MemberWorkforce M(string code, decimal? labourForce, decimal? workingAge) => new(MunicipalityCode.Parse(code), labourForce, workingAge);

    [Fact]
    public void Labour_force_is_summed_when_every_member_has_it()
    {
        var check = WorkforceBase.Check(2026, [M("638", 15_000, 29_000), M("434", 5_000, 8_000)]);
        Assert.Equal((WorkforceMeasure.LabourForce, 20_000m), (check.Measure, check.Total));
        Assert.True(check.MeetsMinimum);
        Assert.False(check.IsIncomplete);
    }

    [Fact]
    public void Working_age_population_stands_in_for_all_members_when_one_lacks_labour_force()
    {
        var check = WorkforceBase.Check(2026, [M("638", 15_000, 12_000), M("434", null, 7_999)]);
        Assert.Equal((WorkforceMeasure.WorkingAge, 19_999m), (check.Measure, check.Total));
        Assert.False(check.MeetsMinimum);
    }

    [Fact]
    public void Members_without_any_figure_are_listed_as_missing()
    {
        var check = WorkforceBase.Check(2026, [M("638", null, 25_000), M("434", null, null)]);
        Assert.Equal([MunicipalityCode.Parse("434")], check.Missing);
        Assert.True(check.IsIncomplete);
        Assert.True(check.MeetsMinimum);
    }

    [Fact]
    public void Members_whose_own_figure_reaches_the_minimum_are_named()
    {
        var check = WorkforceBase.Check(2025, [M("905", 30_000, 38_000), M("499", 12_000, 11_000), M("231", 20_000, 700)]);
        Assert.Equal([MunicipalityCode.Parse("905"), MunicipalityCode.Parse("231")], check.AloneAboveMinimum);
    }

    [Theory]
    [InlineData("2026-12-31", 2027)]
    [InlineData("2026-06-30", 2027)]
    [InlineData("2026-01-01", 2027)]
    public void An_ending_membership_first_misses_the_next_budget_year(string lastDay, int year) =>
        Assert.Equal(year, WorkforceBase.FirstYearWithout(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture)));
}
