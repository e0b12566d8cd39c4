using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;
using static TyollisyysAlue.Domain.Offices.OfficeType;

namespace TyollisyysAlue.Domain.Tests.Offices;

public class CoverageTests
{
    private static readonly string[] KuopioMembers = ["297", "204", "239", "402", "686", "687", "749", "778", "844", "857", "921"];

    private static PointPresence P(string code, OfficeType type, string? district = null, bool walkIn = false) =>
        new(MunicipalityCode.Parse(code), type, district, walkIn);

    private static IEnumerable<MunicipalityCode> Codes(params string[] codes) => codes.Select(MunicipalityCode.Parse);

    [Fact]
    public void Kuopio_pattern_full_time_in_Kuopio_and_Siilinjarvi_by_appointment_in_the_other_nine()
    {
        var points = new List<PointPresence> { P("297", MainOffice, walkIn: true), P("749", FullTime, walkIn: true),
            P("297", ByAppointment, "Juankoski"), P("297", ByAppointment, "Maaninka"), P("297", ByAppointment, "Nilsiä"),
            P("297", Ohjaamo), P("778", Ohjaamo) };
        points.AddRange(KuopioMembers.Except(["297", "749"]).Select(c => P(c, ByAppointment)));

        var coverage = Coverage.Of(Codes(KuopioMembers), points);

        Assert.Equal(11, coverage.Count);
        Assert.Equal(["297", "749"], coverage.Where(c => c.Level == CoverageLevel.FullTime).Select(c => c.Municipality.Value));
        Assert.Equal(9, coverage.Count(c => c.Level == CoverageLevel.ByAppointment));
        Assert.DoesNotContain(coverage, c => c.HasNoPresence);
        var kuopio = coverage.Single(c => c.Municipality.Value == "297");
        Assert.Equal(["Juankoski", "Maaninka", "Nilsiä"], kuopio.Districts);
        Assert.True(kuopio.WalkIn);
        Assert.Equal([ByAppointment, Ohjaamo], coverage.Single(c => c.Municipality.Value == "778").Types);
    }

    [Fact]
    public void A_member_with_no_point_is_flagged_and_one_point_removes_the_flag()
    {
        var members = Codes("049", "235");
        var before = Coverage.Of(members, [P("049", MainOffice, "Matinkylä", true)]);
        var kauniainen = before.Single(c => c.Municipality.Value == "235");
        Assert.True(kauniainen.HasNoPresence);
        Assert.Equal(CoverageLevel.None, kauniainen.Level);

        var after = Coverage.Of(members, [P("049", MainOffice, "Matinkylä", true), P("235", PopUp)]);
        Assert.False(after.Single(c => c.Municipality.Value == "235").HasNoPresence);
        Assert.Equal(CoverageLevel.PopUp, after.Single(c => c.Municipality.Value == "235").Level);
    }

    [Fact]
    public void Points_outside_the_members_do_not_count_and_a_past_member_is_not_listed()
    {
        var coverage = Coverage.Of(Codes("905"), [P("598", FullTime), P("905", Palvelutori)]);
        var vaasa = Assert.Single(coverage);
        Assert.Equal(CoverageLevel.Palvelutori, vaasa.Level);
        Assert.Equal(1, vaasa.Points);
    }

    [Theory]
    [InlineData(MainOffice, CoverageLevel.FullTime)]
    [InlineData(FullTime, CoverageLevel.FullTime)]
    [InlineData(ByAppointment, CoverageLevel.ByAppointment)]
    [InlineData(Palvelutori, CoverageLevel.Palvelutori)]
    [InlineData(Ohjaamo, CoverageLevel.Youth)]
    [InlineData(PopUp, CoverageLevel.PopUp)]
    public void The_best_point_decides_the_level(OfficeType type, CoverageLevel level)
    {
        Assert.Equal(level, Coverage.LevelOf(type));
        Assert.Equal(level, Coverage.Of(Codes("297"), [P("297", PopUp), P("297", type)]).Single().Level);
    }
}
