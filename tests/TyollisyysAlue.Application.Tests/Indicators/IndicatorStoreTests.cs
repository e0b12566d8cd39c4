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
    /// <summary>Statistics Finland's layout for one member (each test area has a municipality of its own).</summary>
    private static CsvTable File2024(string code) => new(["Alue", "2024 Väestö 31.12."], [new CsvRow(2, [$"KU{code} Testikunta {code}", "30100"])]);

    private IndicatorStore StoreIn(Guid area, AreaRole role)
    {
        var context = new AreaContext();
        context.SetUser(Guid.NewGuid(), "anna@example.fi");
        context.EnterArea(area, [role]);
        return new IndicatorStore(new TestContextFactory(fixture, context), context);
    }

    [Fact]
    public async Task An_import_changes_the_existing_value_and_adds_nothing_else()
    {
        await EnsureIndicatorAsync();
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        await using (var db = fixture.CreateContext(area))
        {
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.WorkingAge, MunicipalityCode.Parse(code), new DateOnly(2024, 12, 31), 28946m, "Demoluku", true));
            await db.SaveChangesAsync();
        }
        var store = StoreIn(area, AreaRole.Planner);
        var plan = await store.PlanAsync(File2024(code), ImportMapping.Guess(File2024(code), Indicator.WorkingAge));
        var value = Assert.Single(plan.Values);
        Assert.Equal(ImportChange.Changed, value.Change);
        Assert.Equal(28946m, value.Current);

        Assert.Equal(1, await store.ApplyAsync(plan, Indicator.WorkingAge, "11re.csv"));
        await using var read = fixture.CreateContext(area);
        var stored = await read.IndicatorValues.SingleAsync();
        Assert.Equal(30100m, stored.Value);
        Assert.False(stored.IsDemo);
        Assert.Equal("11re.csv", stored.Source);
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

    [Fact]
    public async Task A_plan_with_bad_rows_or_a_viewer_saves_nothing()
    {
        await EnsureIndicatorAsync();
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var bad = new CsvTable(["Alue", "2024"], [new CsvRow(2, [$"KU{code} Testikunta", "x"])]);
        var planner = StoreIn(area, AreaRole.Planner);
        var badPlan = await planner.PlanAsync(bad, ImportMapping.Guess(bad, Indicator.WorkingAge));
        await Assert.ThrowsAsync<InvalidOperationException>(() => planner.ApplyAsync(badPlan, Indicator.WorkingAge, "bad.csv"));

        var viewer = StoreIn(area, AreaRole.Viewer);
        var good = await viewer.PlanAsync(File2024(code), ImportMapping.Guess(File2024(code), Indicator.WorkingAge));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => viewer.ApplyAsync(good, Indicator.WorkingAge, "11re.csv"));
        await using var read = fixture.CreateContext(area);
        Assert.False(await read.IndicatorValues.AnyAsync());
    }

    private Task EnsureIndicatorAsync() => fixture.EnsureIndicatorsAsync();
}
