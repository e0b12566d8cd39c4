using System.Globalization;
using TyollisyysAlue.Web.Components.Shared.Charts;
using static TyollisyysAlue.Web.Tests.Services.ServicesPageTests;

namespace TyollisyysAlue.Web.Tests.Services;

/// <summary>The services summary charts: euro axes and legends Finnish-style, and a caption pointing to the table.</summary>
[Collection(AppCollection.Name)]
public class ServiceChartTests(AppFixture app)
{
    [Theory]
    [InlineData(1_234_567.0, "1,2 M€")]
    [InlineData(29_800_000.0, "29,8 M€")]
    [InlineData(5_000_000.0, "5 M€")]
    [InlineData(250_000.0, "250 000 €")]
    [InlineData(0.0, "0 €")]
    public void Chart_euros_are_short_and_Finnish(double euros, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
            Assert.Equal(expected, Nbsp(ChartEuros.Format(euros)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(2_500_000.0, new[] { 0.0, 655_360.0, 1_310_720.0, 1_966_080.0 }, new[] { "0 M€", "0,7 M€", "1,3 M€", "2,0 M€" })]
    [InlineData(950_000.0, new[] { 0.0, 500_000.0, 1_000_000.0 }, new[] { "0 €", "500 000 €", "1 000 000 €" })]
    public void Every_tick_of_one_axis_has_one_unit(double largest, double[] ticks, string[] expected)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
            var axis = ChartEuros.Axis(largest);
            Assert.Equal(expected, ticks.Select(t => Nbsp(axis(t))));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Lahtis_summary_charts_label_euros_in_millions_and_point_to_their_tables()
    {
        using var client = await app.SignedInAs("admin.lahti@example.fi");
        var html = Text(await client.GetStringAsync("/areas/lahti/services?year=2025&tab=2"));

        var bars = Figure(html, "summary-class-chart");
        Assert.Matches(@">\d+(,\d)? M€<", bars); // axis ticks such as 10 M€, not 10000000
        Assert.DoesNotMatch(@">\d{5,}<", bars);
        Assert.DoesNotMatch(@">[\d ]+ €<", bars); // no tick in plain euros beside the M€ ticks
        Assert.Contains("Kaavio (Lakisääteisyysluokittain): samat luvut sentilleen ovat yllä olevassa taulukossa.", bars, StringComparison.Ordinal);

        var donut = Figure(html, "summary-mode-chart");
        Assert.Matches(@"\(\d+(,\d)? M€\)", donut); // legend: mode (euros)
        Assert.Contains("Kaavio (Tuotantotavoittain)", donut, StringComparison.Ordinal);
    }

    private static string Figure(string html, string id)
    {
        var start = html.IndexOf($"data-testid=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {id}");
        return html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
    }
}
