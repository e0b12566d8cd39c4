using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.Indicators;

[Collection(DatabaseCollection.Name)]
public class IndicatorStoreTests(DatabaseFixture fixture)
{
    private IndicatorStore StoreIn(Guid area, AreaRole role)
    {
        var context = new AreaContext();
        context.SetUser(Guid.NewGuid(), "anna@example.fi");
        context.EnterArea(area, [role]);
        return new IndicatorStore(new TestContextFactory(fixture, context), context);
    }

    [Fact]
    public async Task A_value_set_by_hand_refuses_a_stale_version_instead_of_overwriting()
    {
        var code = MunicipalityCode.Parse(await fixture.NewMunicipalityAsync());
        var (area, _) = await fixture.CreateAreaAsync(code.Value);
        var planner = StoreIn(area, AreaRole.Planner);
        var day = new DateOnly(2024, 12, 31);
        Assert.True(await planner.SetValueAsync(Indicator.WorkingAge, code, day, 29_000m, version: null, "käsin"));
        var seen = (await planner.GridAsync(Indicator.WorkingAge, 2025))!.Values[(code, day)];
        Assert.True(await planner.SetValueAsync(Indicator.WorkingAge, code, day, 29_100m, seen.Version, "käsin"));
        Assert.False(await planner.SetValueAsync(Indicator.WorkingAge, code, day, 28_000m, seen.Version, "käsin"));
        Assert.False(await planner.SetValueAsync(Indicator.WorkingAge, code, day, 28_000m, version: null, "käsin"));
        Assert.Equal(29_100m, (await planner.GridAsync(Indicator.WorkingAge, 2025))!.Values[(code, day)].Value);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            StoreIn(area, AreaRole.CommitteeMember).SetValueAsync(Indicator.WorkingAge, code, day, 1m, null, "käsin"));
    }

}
