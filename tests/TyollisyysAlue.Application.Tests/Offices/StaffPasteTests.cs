using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Staffing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Tests.Offices;

/// <summary>Person-years pasted into staff rows save all or nothing; the undo writes the old figures (and demo marks) back unless changed since.</summary>
[Collection(DatabaseCollection.Name)]
public class StaffPasteTests(DatabaseFixture fixture)
{
    private static PersonYearsForm Block(params RowValue[] rows) => new() { Rows = [.. rows] };

    private static RowValue Htv(StaffAllocation row, decimal value, decimal? expected = null, bool demo = false) =>
        new() { Id = row.Id, Version = row.Version, Value = value, Expected = expected, IsDemo = demo };

    private static async Task<IReadOnlyList<StaffAllocation>> RowsAsync(UseCases user) => (await user.Get<StaffingQuery>().LoadAsync()).Rows;

    private async Task<(Guid Area, UseCases Anna, StaffAllocation Guidance, StaffAllocation Services)> TwoRowsAsync()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        Assert.IsType<WriteOutcome<StaffForm>.Saved>(await anna.Get<SaveStaffRow>().RunAsync(new() { Location = "Kuopio", Process = KeyProcess.Guidance, PersonYears = 26.5m }));
        Assert.IsType<WriteOutcome<StaffForm>.Saved>(await anna.Get<SaveStaffRow>().RunAsync(new() { Location = "Kuopio", Process = KeyProcess.JobMatching, PersonYears = 10m }));
        await using (var db = fixture.CreateContext(area))
        {
            await db.StaffAllocations.Where(r => r.Process == KeyProcess.JobMatching).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsDemo, true));
        }
        var rows = await RowsAsync(anna);
        return (area, anna, rows.Single(r => r.Process == KeyProcess.Guidance), rows.Single(r => r.Process == KeyProcess.JobMatching));
    }

    [Fact]
    public async Task Pasted_person_years_are_saved_in_one_go_no_longer_demo_and_the_undo_brings_back_figures_and_demo_mark()
    {
        var (area, anna, guidance, services) = await TwoRowsAsync();
        var paste = anna.Get<SetPersonYears>();

        Assert.IsType<WriteOutcome<RowValue>.Saved>(await paste.RunAsync(Block(Htv(guidance, 22.5m), Htv(services, 12m))));
        var after = await RowsAsync(anna);
        var (g, s) = (after.Single(r => r.Id == guidance.Id), after.Single(r => r.Id == services.Id));
        Assert.Equal((22.5m, 12m, false), (g.PersonYears, s.PersonYears, s.IsDemo));

        Assert.IsType<WriteOutcome<RowValue>.Saved>(await paste.RunAsync(Block(Htv(g, 26.5m, expected: 22.5m), Htv(s, 10m, expected: 12m, demo: true))));
        var undone = await RowsAsync(anna);
        Assert.Equal((26.5m, 10m, true), (undone.Single(r => r.Id == guidance.Id).PersonYears, undone.Single(r => r.Id == services.Id).PersonYears, undone.Single(r => r.Id == services.Id).IsDemo));
        await using var db = fixture.CreateContext(area);
        Assert.Equal(6, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(StaffAllocation)));
    }

    [Fact]
    public async Task A_row_changed_meanwhile_makes_the_block_or_its_undo_a_conflict_and_nothing_is_saved()
    {
        var (area, anna, guidance, services) = await TwoRowsAsync();
        var pekka = await UseCases.ForAsync(fixture, area, "pekka@example.fi");
        var edit = StaffForm.From(services);
        edit.PersonYears = 11m;
        Assert.IsType<WriteOutcome<StaffForm>.Saved>(await pekka.Get<SaveStaffRow>().RunAsync(edit));

        var conflict = Assert.IsType<WriteOutcome<RowValue>.Conflict>(await anna.Get<SetPersonYears>().RunAsync(Block(Htv(guidance, 1m), Htv(services, 2m))));
        Assert.Equal(("Kuopio", 11m), (conflict.Theirs!.Name, conflict.Theirs.Value));
        Assert.Equal([26.5m, 11m], (await RowsAsync(anna)).OrderBy(r => r.Process).Select(r => r.PersonYears));

        var bad = Assert.IsType<WriteOutcome<RowValue>.Invalid>(await anna.Get<SetPersonYears>().RunAsync(Block(Htv(guidance, -1m))));
        Assert.Equal("Staffing.Validation.PersonYears", bad.Errors[0].ErrorCode);
    }

    [Fact]
    public async Task A_planner_of_another_area_cannot_paste_into_these_rows_nor_a_committee_member_at_all()
    {
        var (area, anna, guidance, _) = await TwoRowsAsync();
        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UseCases.ForAsync(fixture, other, "olli@example.fi");
        Assert.IsType<WriteOutcome<RowValue>.Gone>(await outsider.Get<SetPersonYears>().RunAsync(Block(Htv(guidance, 1m))));
        var committee = await UseCases.ForAsync(fixture, area, "kaisa@example.fi", AreaRole.CommitteeMember);
        Assert.IsType<WriteOutcome<RowValue>.Forbidden>(await committee.Get<SetPersonYears>().RunAsync(Block(Htv(guidance, 1m))));
        Assert.Equal(26.5m, (await RowsAsync(anna)).Single(r => r.Id == guidance.Id).PersonYears);
    }
}
