using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Domain.Tests.Indicators;

/// <summary>Which series the dashboard shows as the members' unemployment (issue 15.6).</summary>
public class UnemploymentSeriesTests
{
    private static readonly DateOnly December2024 = new(2024, 12, 1), June2025 = new(2025, 6, 1);

    [Fact]
    public void The_demo_shape_with_only_the_keys_series_shows_that_series()
    {
        Assert.Equal(Indicator.Unemployed, UnemploymentSeries.Choose(new Dictionary<string, DateOnly> { [Indicator.Unemployed] = June2025 }));
    }

    [Fact]
    public void Of_two_series_the_one_with_the_later_month_is_the_current_trend()
    {
        // Porvoo's demo: the 12r5 components only for 2024, the keys' series through June 2025.
        Assert.Equal(Indicator.Unemployed, UnemploymentSeries.Choose(new Dictionary<string, DateOnly>
        {
            [Indicator.UnemployedJobseekers] = December2024, [Indicator.Unemployed] = June2025,
        }));
        Assert.Equal(Indicator.UnemployedJobseekers, UnemploymentSeries.Choose(new Dictionary<string, DateOnly>
        {
            [Indicator.UnemployedJobseekers] = June2025, [Indicator.Unemployed] = December2024,
        }));
    }

    [Fact]
    public void On_the_same_latest_month_the_statistics_series_is_preferred_and_without_any_there_is_none()
    {
        Assert.Equal(Indicator.UnemployedJobseekers, UnemploymentSeries.Choose(new Dictionary<string, DateOnly>
        {
            [Indicator.Unemployed] = June2025, [Indicator.UnemployedJobseekers] = June2025,
        }));
        Assert.Null(UnemploymentSeries.Choose(new Dictionary<string, DateOnly> { [Indicator.Population] = June2025 }));
    }
}
