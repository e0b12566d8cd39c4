using TyollisyysAlue.Web.Components.Shared.Charts;

namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>A downloaded chart's name says what, where and when; a euro axis ticks at round amounts.</summary>
public class ChartFilesAndAxesTests
{
    [Fact]
    public void File_name_is_the_title_in_the_users_language_with_the_area_and_the_year()
    {
        Assert.Equal("Kustannukset-kunnittain-porvoo-2025", ChartFile.Name("Kustannukset kunnittain", "porvoo", 2025));
        Assert.Equal("Kostnader-per-kommun-porvoo", ChartFile.Name("Kostnader per kommun:", "porvoo", null));
        Assert.Equal("porvoo", ChartFile.AreaKeyOf("http://localhost/areas/porvoo/budget?year=2025"));
        Assert.Equal(2025, ChartFile.YearOf("http://localhost/areas/porvoo/budget?year=2025"));
        Assert.Null(ChartFile.YearOf("http://localhost/areas/porvoo/staffing"));
    }

    [Theory]
    [InlineData(2_621_440, 1_000_000)] // the split bar chart of the issue: 0, 1 M€, 2 M€ … instead of 655360, 1310720
    [InlineData(1_310_720, 500_000)]
    [InlineData(950_000, 200_000)]
    [InlineData(12_970_000, 5_000_000)]
    [InlineData(42, 10)]
    [InlineData(0, 1)]
    public void Euro_ticks_are_round_amounts(double largest, int step) => Assert.Equal(step, EuroAxis.Step((decimal)largest));
}
