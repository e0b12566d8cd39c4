using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>
/// Issue 15.6 on PostgreSQL: the dashboard's unemployment comes from the series the area has (the demo's "unemployed",
/// or the 12r5 unemployed jobseekers when they are the later), up to the year's end, and only from the area's own rows.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class CommitteeDashboardUnemploymentTests(DatabaseFixture fixture)
{
    private static readonly DateOnly FirstMonth = new(2024, 1, 1), LastMonth = new(2025, 6, 1);

    /// <summary>Two members with the demo's shape: "unemployed" monthly from 1/2024 to 6/2025, 1 000 + the month's index and half that.</summary>
    private async Task<(Guid Area, Guid Planner, MunicipalityCode First, MunicipalityCode Second)> DemoShapedAreaAsync()
    {
        await fixture.EnsureIndicatorsAsync();
        var (area, first, second) = await fixture.CreateTwoMemberAreaAsync();
        await using (var db = fixture.CreateContext(area))
        {
            var index = 0;
            for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1), index++)
            {
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Unemployed, first, month, 1_000m + index, "Demoluku", true));
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Unemployed, second, month, 500m + index, "Demoluku", true));
            }
            // A month after the year asked for is not the year's trend.
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Unemployed, first, new DateOnly(2026, 1, 1), 9_999m, "Demoluku", true));
            await db.SaveChangesAsync();
        }
        return (area, await fixture.CreateUserAsync(area, AreaRole.CommitteeMember), first, second);
    }

    [Fact]
    public async Task The_demo_shaped_series_gives_the_members_trend_and_each_members_latest_month()
    {
        var (area, committee, first, second) = await DemoShapedAreaAsync();
        await using var scope = UseCaseScope.User(fixture, area, committee);

        var dashboard = await scope.Get<CommitteeDashboardQuery>().LoadAsync(2025);

        Assert.Equal(Indicator.Unemployed, dashboard.UnemploymentIndicator?.Code);
        Assert.True(dashboard.UnemploymentIsDemo);
        // The last thirteen months, 6/2024–6/2025: month index 5…17, both members summed.
        Assert.Equal(13, dashboard.Unemployed.Count);
        Assert.Equal((new DateOnly(2024, 6, 1), 1_510m), dashboard.Unemployed[0]);
        Assert.Equal((LastMonth, 1_534m), dashboard.Unemployed[^1]);
        Assert.Equal(
            [(first, LastMonth, 1_017m, (decimal?)1_005m), (second, LastMonth, 517m, (decimal?)505m)],
            dashboard.Members.OrderBy(m => m.Code.Value).Select(m => (m.Code, m.Latest, m.Value, m.YearAgo)));
    }

    [Fact]
    public async Task The_statistics_series_is_shown_when_it_reaches_further_and_only_where_every_member_has_the_month()
    {
        var (area, committee, first, second) = await DemoShapedAreaAsync();
        await using (var db = fixture.CreateContext(area))
        {
            // A StatFin import of 12r5: both members for 6/2025, only the first for 7/2025.
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.UnemployedJobseekers, first, LastMonth, 800m, "KEHA-keskus 12r5", false));
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.UnemployedJobseekers, second, LastMonth, 400m, "KEHA-keskus 12r5", false));
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.UnemployedJobseekers, first, new DateOnly(2025, 7, 1), 790m, "KEHA-keskus 12r5", false));
            await db.SaveChangesAsync();
        }
        await using var scope = UseCaseScope.User(fixture, area, committee);

        var dashboard = await scope.Get<CommitteeDashboardQuery>().LoadAsync(2025);

        Assert.Equal(Indicator.UnemployedJobseekers, dashboard.UnemploymentIndicator?.Code);
        Assert.False(dashboard.UnemploymentIsDemo);
        Assert.Equal([(LastMonth, 1_200m)], dashboard.Unemployed);
        Assert.Equal([(first, 790m), (second, 400m)], dashboard.Members.OrderBy(m => m.Code.Value).Select(m => (m.Code, m.Value)));
    }

    [Fact]
    public async Task Another_areas_committee_member_sees_none_of_the_areas_unemployment()
    {
        await DemoShapedAreaAsync();
        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await fixture.CreateUserAsync(other, AreaRole.CommitteeMember);
        await using var scope = UseCaseScope.User(fixture, other, outsider);

        var dashboard = await scope.Get<CommitteeDashboardQuery>().LoadAsync(2025);

        Assert.Null(dashboard.UnemploymentIndicator);
        Assert.Empty(dashboard.Unemployed);
        Assert.Empty(dashboard.Members);
    }
}
