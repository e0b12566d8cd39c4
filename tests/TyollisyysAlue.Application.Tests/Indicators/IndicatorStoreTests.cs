using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.Indicators;

[Collection(DatabaseCollection.Name)]
public class IndicatorStoreTests(DatabaseFixture fixture)
{
    private Task<UseCases> UserIn(Guid area, AreaRole role) => UseCases.ForAsync(fixture, area, "anna@example.fi", role);

    private static IndicatorValueForm Value(MunicipalityCode code, DateOnly day, decimal value, uint? version) => new()
    {
        IndicatorCode = Indicator.WorkingAge, MunicipalityCode = code.Value, OnDate = day, Value = value, Version = version, Source = "käsin",
    };

    [Fact]
    public async Task A_value_set_by_hand_refuses_a_stale_version_instead_of_overwriting()
    {
        var code = MunicipalityCode.Parse(await fixture.NewMunicipalityAsync());
        var (area, _) = await fixture.CreateAreaAsync(code.Value);
        var planner = await UserIn(area, AreaRole.Planner);
        var set = planner.Get<SetIndicatorValue>();
        var store = planner.Get<IndicatorStore>();
        var day = new DateOnly(2024, 12, 31);
        Assert.IsType<WriteOutcome<IndicatorValueForm>.Saved>(await set.RunAsync(Value(code, day, 29_000m, version: null)));
        var seen = (await store.GridAsync(Indicator.WorkingAge, 2025))!.Values[(code, day)];
        Assert.IsType<WriteOutcome<IndicatorValueForm>.Saved>(await set.RunAsync(Value(code, day, 29_100m, seen.Version)));
        var stale = Assert.IsType<WriteOutcome<IndicatorValueForm>.Conflict>(await set.RunAsync(Value(code, day, 28_000m, seen.Version)));
        Assert.Equal(29_100m, stale.Theirs!.Value);
        Assert.IsType<WriteOutcome<IndicatorValueForm>.Conflict>(await set.RunAsync(Value(code, day, 28_000m, version: null)));
        Assert.Equal(29_100m, (await store.GridAsync(Indicator.WorkingAge, 2025))!.Values[(code, day)].Value);
        var committee = await UserIn(area, AreaRole.CommitteeMember);
        Assert.IsType<WriteOutcome<IndicatorValueForm>.Forbidden>(await committee.Get<SetIndicatorValue>().RunAsync(Value(code, day, 1m, null)));
    }
}
