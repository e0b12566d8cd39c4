using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Domain.Tests.Common;

/// <summary>The one rounding of shown figures (ADR 3): half away from zero, as Excel's ROUND and a Finnish reader do.</summary>
public class RoundingTests
{
    [Theory]
    [InlineData("0.125", 2, "0.13")]
    [InlineData("0.135", 2, "0.14")]   // banker's rounding would give 0.14 here but 0.12 above: never mixed
    [InlineData("2.5", 0, "3")]
    [InlineData("3.5", 0, "4")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("151.2", 0, "151")]
    public void Halves_round_away_from_zero(string value, int decimals, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Rounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void A_percentage_of_a_whole_rounds_the_exact_share_and_an_empty_whole_is_zero()
    {
        Assert.Equal(0.1m, Rounding.Percent(1, 2000, 1));   // 0.05 %
        Assert.Equal(1m, Rounding.Percent(1, 200, 0));      // 0.5 %
        Assert.Equal(20m, Rounding.Percent(14, 71, 0));     // Porvoo: 85 against 71 = +19.7 % → 20 %
        Assert.Equal(0m, Rounding.Percent(5, 0, 1));
        Assert.Equal(45.68m, Rounding.PercentOfRatio(0.456750m, 2));
    }

    [Fact]
    public void A_monthly_average_rounds_its_half_cent_up_like_Excel()
    {
        // Twelve months averaging 100.125 exactly: half away from zero gives 100.13 (banker's would give 100.12).
        var reference = new IndicatorReference(IndicatorKind.MonthlyAverage, new DateOnly(2025, 12, 1));
        var series = reference.Months().Select((m, i) => (m, i < 6 ? 100.12m : 100.13m)).ToDictionary(x => x.m, x => x.Item2);
        Assert.Equal((100.13m, 12), reference.Resolve(series));
    }

    [Fact]
    public void Helsinki_time_follows_summer_time_and_names_the_Finnish_day()
    {
        Assert.Equal(new DateTimeOffset(2026, 6, 5, 9, 16, 0, TimeSpan.FromHours(3)), HelsinkiTime.At(new DateTimeOffset(2026, 6, 5, 6, 16, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 8, 50, 0, TimeSpan.FromHours(2)), HelsinkiTime.At(new DateTimeOffset(2026, 12, 5, 6, 50, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2027, 1, 1), HelsinkiTime.DayOf(new DateTimeOffset(2026, 12, 31, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 6, 4, 21, 0, 0, TimeSpan.Zero), HelsinkiTime.StartOfDay(new DateOnly(2026, 6, 5)));
        var clock = new FixedClock(new DateTimeOffset(2030, 3, 31, 21, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2030, 4, 1), HelsinkiTime.Today(clock));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
