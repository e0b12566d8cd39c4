using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Domain.Tests.Plans;

/// <summary>Issue 15.5: a linked metric's latest value and where it stands between baseline and target.</summary>
public class MetricProgressTests
{
    private static MetricPoint Month(int year, int month, decimal value) => new(new DateOnly(year, month, 1), value);

    [Fact]
    public void The_latest_value_is_that_of_the_latest_period_whatever_the_order()
    {
        var progress = new MetricProgress([Month(2025, 3, 14_120m), Month(2025, 6, 13_900m), Month(2024, 11, 14_744m)], 14_744m, 13_500m);
        Assert.Equal(Month(2025, 6, 13_900m), progress.Latest);
        Assert.Null(new MetricProgress([], 14_744m, 13_500m).Latest);
        Assert.Equal(MetricStatus.NoData, new MetricProgress([], 14_744m, 13_500m).Status);
    }

    [Theory]
    // Fewer unemployed wanted: a target below the baseline.
    [InlineData(14_744, 13_500, 14_120, MetricStatus.TowardTarget)]
    [InlineData(14_744, 13_500, 13_500, MetricStatus.Reached)]
    [InlineData(14_744, 13_500, 13_000, MetricStatus.Reached)]
    [InlineData(14_744, 13_500, 14_744, MetricStatus.Unchanged)]
    [InlineData(14_744, 13_500, 15_000, MetricStatus.AwayFromTarget)]
    // More start-up grants wanted: a target above the baseline.
    [InlineData(180, 200, 190, MetricStatus.TowardTarget)]
    [InlineData(180, 200, 201, MetricStatus.Reached)]
    [InlineData(180, 200, 170, MetricStatus.AwayFromTarget)]
    // Keep the level: only that level reaches it.
    [InlineData(100, 100, 100, MetricStatus.Reached)]
    [InlineData(100, 100, 101, MetricStatus.AwayFromTarget)]
    public void The_direction_to_the_target_follows_from_the_baseline_and_the_target(int baseline, int target, int latest, MetricStatus expected) =>
        Assert.Equal(expected, new MetricProgress([Month(2025, 6, latest)], baseline, target).Status);

    [Fact]
    public void Without_a_baseline_or_a_target_figure_nothing_is_compared()
    {
        Assert.Equal(MetricStatus.NotComparable, new MetricProgress([Month(2025, 6, 100m)], null, 90m).Status);
        Assert.Equal(MetricStatus.NotComparable, new MetricProgress([Month(2025, 6, 100m)], 110m, null).Status);
        Assert.Null(new MetricProgress([Month(2025, 6, 100m)], null, 90m).ShareOfWay);
    }

    [Fact]
    public void The_share_of_the_way_is_measured_from_the_baseline_to_the_target()
    {
        Assert.Equal(0.5m, new MetricProgress([Month(2025, 6, 14_122m)], 14_744m, 13_500m).ShareOfWay);
        Assert.Equal(-0.5m, new MetricProgress([Month(2025, 6, 170m)], 180m, 200m).ShareOfWay);
        Assert.Null(new MetricProgress([Month(2025, 6, 100m)], 100m, 100m).ShareOfWay);
    }

    [Fact]
    public void A_month_counts_once_it_is_over_and_a_date_on_that_day()
    {
        var months = new[] { Month(2024, 10, 1m), Month(2024, 11, 2m), Month(2024, 12, 3m) };
        // An approved plan of 5.12.2024 was decided with November's figure, not December's.
        Assert.Equal([1m, 2m], MetricProgress.EndedBy(months, new DateOnly(2024, 12, 5), monthly: true).Select(p => p.Value));
        Assert.Equal([1m, 2m, 3m], MetricProgress.EndedBy(months, new DateOnly(2024, 12, 31), monthly: true).Select(p => p.Value));
        var dates = new[] { new MetricPoint(new DateOnly(2023, 12, 31), 5m), new MetricPoint(new DateOnly(2024, 12, 31), 6m) };
        Assert.Equal([5m, 6m], MetricProgress.EndedBy(dates, new DateOnly(2024, 12, 31), monthly: false).Select(p => p.Value));
    }
}
