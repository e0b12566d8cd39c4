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
    /// <summary>Statistics Finland's layout for one member (each test area has a municipality of its own).</summary>
    private static CsvTable File2024(string code) => new(["Alue", "2024 Väestö 31.12."], [new CsvRow(2, [$"KU{code} Testikunta {code}", "30100"])]);

    private Task<UseCases> UserIn(Guid area, AreaRole role) => UseCases.ForAsync(fixture, area, "anna@example.fi", role);

    private static IndicatorValueForm Value(MunicipalityCode code, DateOnly day, decimal value, uint? version) => new()
    {
        IndicatorCode = Indicator.WorkingAge, MunicipalityCode = code.Value, OnDate = day, Value = value, Version = version, Source = "käsin",
    };

    private static IndicatorImportForm Import(IndicatorImportPlan plan, string source) =>
        new() { IndicatorCode = Indicator.WorkingAge, Source = source, Plan = plan };

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
        var planner = await UserIn(area, AreaRole.Planner);
        var plan = await planner.Get<IndicatorStore>().PlanAsync(File2024(code), ImportMapping.Guess(File2024(code), Indicator.WorkingAge));
        var value = Assert.Single(plan.Values);
        Assert.Equal(ImportChange.Changed, value.Change);
        Assert.Equal(28946m, value.Current);

        var import = Import(plan, "11re.csv");
        Assert.IsType<WriteOutcome<IndicatorImportForm>.Saved>(await planner.Get<CommitIndicatorImport>().RunAsync(import));
        Assert.Equal(1, import.Changes);
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

    [Fact]
    public async Task A_plan_with_bad_rows_or_a_viewer_saves_nothing()
    {
        await EnsureIndicatorAsync();
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var bad = new CsvTable(["Alue", "2024"], [new CsvRow(2, [$"KU{code} Testikunta", "x"])]);
        var planner = await UserIn(area, AreaRole.Planner);
        var badPlan = await planner.Get<IndicatorStore>().PlanAsync(bad, ImportMapping.Guess(bad, Indicator.WorkingAge));
        var invalid = Assert.IsType<WriteOutcome<IndicatorImportForm>.Invalid>(await planner.Get<CommitIndicatorImport>().RunAsync(Import(badPlan, "bad.csv")));
        Assert.Equal("Import.Errors", Assert.Single(invalid.Errors).ErrorCode);

        var viewer = await UserIn(area, AreaRole.Viewer);
        var good = await viewer.Get<IndicatorStore>().PlanAsync(File2024(code), ImportMapping.Guess(File2024(code), Indicator.WorkingAge));
        Assert.IsType<WriteOutcome<IndicatorImportForm>.Forbidden>(await viewer.Get<CommitIndicatorImport>().RunAsync(Import(good, "11re.csv")));
        await using var read = fixture.CreateContext(area);
        Assert.False(await read.IndicatorValues.AnyAsync());
    }

    private Task EnsureIndicatorAsync() => fixture.EnsureIndicatorsAsync();
}
