using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.Indicators;

/// <summary>A pasted block of indicator values saves all or nothing; its undo writes the old values back unless someone changed them since.</summary>
[Collection(DatabaseCollection.Name)]
public class IndicatorPasteTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Day = new(2024, 12, 31);
    private static readonly DateOnly NextDay = new(2025, 12, 31);

    private Task<UseCases> UserIn(Guid area, AreaRole role, string name = "anna@example.fi") => UseCases.ForAsync(fixture, area, name, role);

    private static IndicatorCellsForm Block(params IndicatorCell[] cells) => new() { IndicatorCode = Indicator.WorkingAge, Source = "Excel", Cells = [.. cells] };

    private static IndicatorCell Cell(string code, DateOnly day, decimal? value, uint? version = null, decimal? expected = null) =>
        new() { MunicipalityCode = code, OnDate = day, Value = value, Version = version, Expected = expected };

    private static async Task<IndicatorGrid> GridAsync(UseCases user) => (await user.Get<IndicatorStore>().GridAsync(Indicator.WorkingAge, 2025))!;

    [Fact]
    public async Task A_block_is_saved_in_one_go_and_its_undo_brings_back_the_old_values_and_removes_the_added_ones()
    {
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var anna = await UserIn(area, AreaRole.Planner);
        var paste = anna.Get<SetIndicatorValues>();
        Assert.IsType<WriteOutcome<IndicatorCell>.Saved>(await paste.RunAsync(Block(Cell(code, Day, 100m))));
        var before = (await GridAsync(anna)).Values[(MunicipalityCode.Parse(code), Day)];

        Assert.IsType<WriteOutcome<IndicatorCell>.Saved>(await paste.RunAsync(Block(Cell(code, Day, 1_310_000.50m, before.Version), Cell(code, NextDay, 7m))));
        var after = await GridAsync(anna);
        var changed = after.Values[(MunicipalityCode.Parse(code), Day)];
        var added = after.Values[(MunicipalityCode.Parse(code), NextDay)];
        Assert.Equal((1_310_000.50m, 7m), (changed.Value, added.Value));

        var undo = Block(Cell(code, Day, 100m, changed.Version, expected: 1_310_000.50m), Cell(code, NextDay, null, added.Version, expected: 7m));
        undo.Cells[0].Source = "Tilastokeskus";
        undo.Cells[0].IsDemo = true;
        Assert.IsType<WriteOutcome<IndicatorCell>.Saved>(await paste.RunAsync(undo));
        var undone = await GridAsync(anna);
        var restored = undone.Values[(MunicipalityCode.Parse(code), Day)];
        Assert.Equal((100m, "Tilastokeskus", true), (restored.Value, restored.Source, restored.IsDemo));
        Assert.False(undone.Values.ContainsKey((MunicipalityCode.Parse(code), NextDay)));

        await using var db = fixture.CreateContext(area);
        var audited = await db.AuditEntries.CountAsync(a => a.EntityType == nameof(IndicatorValue));
        Assert.Equal(5, audited); // added; changed and added; changed back and removed
    }

    [Fact]
    public async Task A_block_with_one_cell_changed_meanwhile_is_a_conflict_about_that_cell_and_saves_nothing()
    {
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var anna = await UserIn(area, AreaRole.Planner);
        var pekka = await UserIn(area, AreaRole.Planner, "pekka@example.fi");
        Assert.IsType<WriteOutcome<IndicatorCell>.Saved>(await anna.Get<SetIndicatorValues>().RunAsync(Block(Cell(code, Day, 100m), Cell(code, NextDay, 200m))));
        var seen = await GridAsync(anna);
        var (first, second) = (seen.Values[(MunicipalityCode.Parse(code), Day)], seen.Values[(MunicipalityCode.Parse(code), NextDay)]);
        Assert.IsType<WriteOutcome<IndicatorCell>.Saved>(await pekka.Get<SetIndicatorValues>().RunAsync(Block(Cell(code, NextDay, 250m, second.Version))));

        var outcome = await anna.Get<SetIndicatorValues>().RunAsync(Block(Cell(code, Day, 111m, first.Version), Cell(code, NextDay, 222m, second.Version)));

        var conflict = Assert.IsType<WriteOutcome<IndicatorCell>.Conflict>(outcome);
        Assert.Equal((NextDay, 250m), (conflict.Theirs!.OnDate, conflict.Theirs.Value));
        Assert.NotNull(conflict.ChangedBy);
        var now = await GridAsync(anna);
        Assert.Equal((100m, 250m), (now.Values[(MunicipalityCode.Parse(code), Day)].Value, now.Values[(MunicipalityCode.Parse(code), NextDay)].Value));
    }

    [Fact]
    public async Task An_undo_of_a_value_someone_changed_since_is_a_conflict_not_an_overwrite()
    {
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var anna = await UserIn(area, AreaRole.Planner);
        Assert.IsType<WriteOutcome<IndicatorCell>.Saved>(await anna.Get<SetIndicatorValues>().RunAsync(Block(Cell(code, Day, 100m))));
        var mine = (await GridAsync(anna)).Values[(MunicipalityCode.Parse(code), Day)];
        var pekka = await UserIn(area, AreaRole.Planner, "pekka@example.fi");
        Assert.IsType<WriteOutcome<IndicatorCell>.Saved>(await pekka.Get<SetIndicatorValues>().RunAsync(Block(Cell(code, Day, 150m, mine.Version))));

        var undo = await anna.Get<SetIndicatorValues>().RunAsync(Block(Cell(code, Day, null, mine.Version, expected: 100m)));

        Assert.Equal(150m, Assert.IsType<WriteOutcome<IndicatorCell>.Conflict>(undo).Theirs!.Value);
        Assert.Equal(150m, (await GridAsync(anna)).Values[(MunicipalityCode.Parse(code), Day)].Value);
    }

    [Fact]
    public async Task Another_area_cannot_write_its_values_nor_a_committee_member_any()
    {
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UserIn(other, AreaRole.Planner, "olli@example.fi");
        var refused = Assert.IsType<WriteOutcome<IndicatorCell>.Invalid>(await outsider.Get<SetIndicatorValues>().RunAsync(Block(Cell(code, Day, 1m))));
        Assert.Equal("Paste.NotMember", refused.Errors[0].ErrorCode);
        var committee = await UserIn(area, AreaRole.CommitteeMember, "kaisa@example.fi");
        Assert.IsType<WriteOutcome<IndicatorCell>.Forbidden>(await committee.Get<SetIndicatorValues>().RunAsync(Block(Cell(code, Day, 1m))));
        Assert.IsType<WriteOutcome<IndicatorCell>.Invalid>(await (await UserIn(area, AreaRole.Planner)).Get<SetIndicatorValues>().RunAsync(Block(Cell(code, Day, 1.005m))));
        await using var db = fixture.CreateContext(area);
        Assert.False(await db.IndicatorValues.AnyAsync());
    }
}
