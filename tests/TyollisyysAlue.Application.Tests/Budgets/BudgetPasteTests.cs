using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Tests.Budgets;

/// <summary>Amounts pasted into budget lines save all or nothing; the undo writes the old amounts back unless someone changed them since.</summary>
[Collection(DatabaseCollection.Name)]
public class BudgetPasteTests(DatabaseFixture fixture)
{
    private static BudgetLineForm Line(string label, decimal amount, decimal? high = null) =>
        new() { Year = 2025, Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.Staff, Label = label, Amount = amount, RangeHigh = high };

    private static BudgetAmountsForm Block(params RowValue[] rows) => new() { Rows = [.. rows] };

    private static RowValue Amount(BudgetLineItem line, decimal value, decimal? expected = null) =>
        new() { Id = line.Id, Version = line.Version, Value = value, Expected = expected };

    private static async Task<IReadOnlyList<BudgetLineItem>> LinesAsync(UseCases user) => (await user.Get<BudgetLinesQuery>().LoadAsync(2025)).Lines;

    private async Task<(Guid Area, UseCases Anna, BudgetLineItem Staff, BudgetLineItem Rent)> TwoLinesAsync()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(Line("Henkilöstö", 1_000_000m)));
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(Line("Vuokrat", 200_000m, high: 250_000m)));
        var lines = await LinesAsync(anna);
        return (area, anna, lines.Single(l => l.Label == "Henkilöstö"), lines.Single(l => l.Label == "Vuokrat"));
    }

    [Fact]
    public async Task A_pasted_block_is_saved_in_one_go_audited_per_line_and_its_undo_brings_the_old_amounts_back()
    {
        var (area, anna, staff, rent) = await TwoLinesAsync();
        var paste = anna.Get<SetBudgetAmounts>();

        Assert.IsType<WriteOutcome<RowValue>.Saved>(await paste.RunAsync(Block(Amount(staff, 1_310_000.50m), Amount(rent, 210_000m))));
        var after = await LinesAsync(anna);
        var (staffNow, rentNow) = (after.Single(l => l.Id == staff.Id), after.Single(l => l.Id == rent.Id));
        Assert.Equal((1_310_000.50m, 210_000m), (staffNow.Amount, rentNow.Amount));

        Assert.IsType<WriteOutcome<RowValue>.Saved>(await paste.RunAsync(Block(
            new RowValue { Id = staff.Id, Version = staffNow.Version, Value = 1_000_000m, Expected = 1_310_000.50m },
            new RowValue { Id = rent.Id, Version = rentNow.Version, Value = 200_000m, Expected = 210_000m })));
        Assert.Equal([1_000_000m, 200_000m], (await LinesAsync(anna)).Select(l => l.Amount));

        await using var db = fixture.CreateContext(area);
        Assert.Equal(6, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(BudgetLineItem))); // 2 added, 2 pasted, 2 undone
    }

    [Fact]
    public async Task A_block_with_one_line_changed_meanwhile_is_a_conflict_naming_that_line_and_saves_nothing()
    {
        var (area, anna, staff, rent) = await TwoLinesAsync();
        var pekka = await UseCases.ForAsync(fixture, area, "pekka@example.fi");
        var edit = BudgetLineForm.From(rent, 2025);
        edit.Amount = 220_000m;
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await pekka.Get<SaveBudgetLine>().RunAsync(edit));

        var outcome = await anna.Get<SetBudgetAmounts>().RunAsync(Block(Amount(staff, 5m), Amount(rent, 6m)));

        var conflict = Assert.IsType<WriteOutcome<RowValue>.Conflict>(outcome);
        Assert.Equal(("Vuokrat", 220_000m), (conflict.Theirs!.Name, conflict.Theirs.Value));
        Assert.Equal("pekka", conflict.ChangedBy); // no display name: the e-mail's local part, never the address
        Assert.Equal([1_000_000m, 220_000m], (await LinesAsync(anna)).Select(l => l.Amount));
    }

    [Fact]
    public async Task An_undo_of_an_amount_someone_changed_since_is_a_conflict_not_an_overwrite()
    {
        var (area, anna, staff, _) = await TwoLinesAsync();
        Assert.IsType<WriteOutcome<RowValue>.Saved>(await anna.Get<SetBudgetAmounts>().RunAsync(Block(Amount(staff, 1_500_000m))));
        var mine = (await LinesAsync(anna)).Single(l => l.Id == staff.Id);
        var pekka = await UseCases.ForAsync(fixture, area, "pekka@example.fi");
        Assert.IsType<WriteOutcome<RowValue>.Saved>(await pekka.Get<SetBudgetAmounts>().RunAsync(Block(Amount(mine, 1_600_000m))));

        var undo = await anna.Get<SetBudgetAmounts>().RunAsync(Block(Amount(mine, 1_000_000m, expected: 1_500_000m)));

        Assert.Equal(1_600_000m, Assert.IsType<WriteOutcome<RowValue>.Conflict>(undo).Theirs!.Value);
        Assert.Equal(1_600_000m, (await LinesAsync(anna)).Single(l => l.Id == staff.Id).Amount);
    }

    [Fact]
    public async Task Bad_amounts_and_an_amount_outside_the_lines_range_are_refused_and_nothing_is_saved()
    {
        var (_, anna, staff, rent) = await TwoLinesAsync();
        var paste = anna.Get<SetBudgetAmounts>();

        var cents = Assert.IsType<WriteOutcome<RowValue>.Invalid>(await paste.RunAsync(Block(Amount(staff, 1.005m))));
        Assert.Equal("Validation.Money", cents.Errors[0].ErrorCode);
        var range = Assert.IsType<WriteOutcome<RowValue>.Invalid>(await paste.RunAsync(Block(Amount(staff, 7m), Amount(rent, 300_000m))));
        Assert.Equal(("Paste.AboveRange", "Vuokrat"), (range.Errors[0].ErrorCode, ((object[])range.Errors[0].CustomState!)[0]));
        Assert.Equal([1_000_000m, 200_000m], (await LinesAsync(anna)).Select(l => l.Amount));
    }

    [Fact]
    public async Task A_planner_of_another_area_cannot_paste_into_this_budget_nor_a_committee_member_at_all()
    {
        var (area, anna, staff, _) = await TwoLinesAsync();
        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UseCases.ForAsync(fixture, other, "olli@example.fi");
        Assert.Empty(await LinesAsync(outsider));
        Assert.IsType<WriteOutcome<RowValue>.Gone>(await outsider.Get<SetBudgetAmounts>().RunAsync(Block(Amount(staff, 1m))));
        var committee = await UseCases.ForAsync(fixture, area, "kaisa@example.fi", AreaRole.CommitteeMember);
        Assert.IsType<WriteOutcome<RowValue>.Forbidden>(await committee.Get<SetBudgetAmounts>().RunAsync(Block(Amount(staff, 1m))));
        Assert.Equal(1_000_000m, (await LinesAsync(anna)).Single(l => l.Id == staff.Id).Amount);
    }

    [Fact]
    public async Task The_undo_of_a_single_edit_saves_the_line_as_it_was_at_the_version_the_edit_left_and_is_a_conflict_after_a_later_change()
    {
        var (area, anna, staff, _) = await TwoLinesAsync();
        var previous = BudgetLineForm.From(staff, 2025);
        var edit = BudgetLineForm.From(staff, 2025);
        (edit.Label, edit.Amount) = ("Henkilöstö (korjattu)", 1_100_000m);
        var saved = Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(edit));

        previous.Version = saved.Version; // what the page's Undo writes back
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(previous));
        var back = (await LinesAsync(anna)).Single(l => l.Id == staff.Id);
        Assert.Equal(("Henkilöstö", 1_000_000m), (back.Label, back.Amount));

        // Edited again, then Pekka changes the line: the undo of the second edit is refused, his change stays.
        var second = BudgetLineForm.From(back, 2025);
        second.Amount = 1_200_000m;
        var mine = Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(second));
        var pekkas = BudgetLineForm.From((await LinesAsync(anna)).Single(l => l.Id == staff.Id), 2025);
        pekkas.Amount = 1_300_000m;
        var pekka = await UseCases.ForAsync(fixture, area, "pekka@example.fi");
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await pekka.Get<SaveBudgetLine>().RunAsync(pekkas));
        var undo = BudgetLineForm.From(back, 2025);
        undo.Version = mine.Version;
        Assert.Equal(1_300_000m, Assert.IsType<WriteOutcome<BudgetLineForm>.Conflict>(await anna.Get<SaveBudgetLine>().RunAsync(undo)).Theirs!.Amount);
    }
}
