using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Tests.Budgets;

[Collection(DatabaseCollection.Name)]
public class BudgetEditingTests(DatabaseFixture fixture)
{
    private static BudgetLineForm Staff(decimal amount) =>
        new() { Year = 2025, Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.Staff, Label = "Henkilöstökulut", Amount = amount };

    private static async Task<BudgetLineItem> OnlyLineAsync(UseCases user) => Assert.Single((await user.Get<BudgetLinesQuery>().LoadAsync(2025)).Lines);

    [Fact]
    public async Task Two_planners_editing_one_line_the_second_save_is_refused_with_the_first_ones_change()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        var pekka = await UseCases.ForAsync(fixture, area, "pekka@example.fi");
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(Staff(1_000_000m)));
        var line = await OnlyLineAsync(anna);

        var annasEdit = BudgetLineForm.From(line, 2025);
        var pekkasEdit = BudgetLineForm.From(line, 2025);
        annasEdit.Amount = 1_100_000m;
        pekkasEdit.Amount = 950_000m;
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<SaveBudgetLine>().RunAsync(annasEdit));
        var conflict = Assert.IsType<WriteOutcome<BudgetLineForm>.Conflict>(await pekka.Get<SaveBudgetLine>().RunAsync(pekkasEdit));

        Assert.Equal(1_100_000m, conflict.Theirs!.Amount);
        Assert.Equal(2025, conflict.Theirs.Year);
        Assert.Equal("anna", conflict.ChangedBy); // by name; an account without one shows the e-mail's local part
        Assert.NotNull(conflict.ChangedAt);
        Assert.Equal(1_100_000m, (await OnlyLineAsync(pekka)).Amount);

        // Pekka chooses to save his over Anna's, knowingly, from her version.
        pekkasEdit.Version = conflict.Theirs.Version;
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await pekka.Get<SaveBudgetLine>().RunAsync(pekkasEdit));
        Assert.Equal(950_000m, (await OnlyLineAsync(anna)).Amount);
    }

    [Fact]
    public async Task Removing_a_line_changed_meanwhile_is_a_conflict_and_removing_a_removed_one_is_gone()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        await anna.Get<SaveBudgetLine>().RunAsync(Staff(1_000m));
        var seen = await OnlyLineAsync(anna);
        var edit = BudgetLineForm.From(seen, 2025);
        edit.Amount = 2_000m;
        await anna.Get<SaveBudgetLine>().RunAsync(edit);

        var conflict = Assert.IsType<WriteOutcome<BudgetLineForm>.Conflict>(await anna.Get<DeleteBudgetLine>().RunAsync(new RowRef(seen.Id, seen.Version)));
        Assert.Equal(2_000m, conflict.Theirs!.Amount);
        var current = await OnlyLineAsync(anna);
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await anna.Get<DeleteBudgetLine>().RunAsync(new RowRef(current.Id, current.Version)));
        Assert.IsType<WriteOutcome<BudgetLineForm>.Gone>(await anna.Get<DeleteBudgetLine>().RunAsync(new RowRef(current.Id, current.Version)));
    }

    [Fact]
    public async Task Bad_amounts_are_refused_per_field_and_nothing_is_saved()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var editor = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        var form = Staff(100.123m);
        form.RangeLow = 200m;
        form.Label = "";
        var invalid = Assert.IsType<WriteOutcome<BudgetLineForm>.Invalid>(await editor.Get<SaveBudgetLine>().RunAsync(form));
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(BudgetLineForm.Amount) && e.ErrorCode == "Validation.Money");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(BudgetLineForm.RangeLow) && e.ErrorCode == "Validation.RangeLowAboveAmount");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(BudgetLineForm.Label));
        Assert.Empty((await editor.Get<BudgetLinesQuery>().LoadAsync(2025)).Lines);
    }

    [Fact]
    public async Task A_municipality_specific_charge_must_name_a_member_of_the_year()
    {
        var member = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        var editor = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        var form = new BudgetLineForm
        {
            Year = 2025, Kind = BudgetLineKind.Income, IncomeCategory = IncomeCategory.MunicipalitySpecific, Label = "Lisäpalvelu", Amount = 10_000m,
            MunicipalityCode = "297",
        };
        var invalid = Assert.IsType<WriteOutcome<BudgetLineForm>.Invalid>(await editor.Get<SaveBudgetLine>().RunAsync(form));
        Assert.Equal("Validation.NotAMember", Assert.Single(invalid.Errors).ErrorCode);
        form.MunicipalityCode = member;
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await editor.Get<SaveBudgetLine>().RunAsync(form));
    }

    [Theory]
    [InlineData(AreaRole.Viewer)]
    [InlineData(AreaRole.CommitteeMember)]
    public async Task Viewers_and_committee_members_cannot_change_the_budget(AreaRole role)
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var editor = await UseCases.ForAsync(fixture, area, "ville@example.fi", role);
        Assert.IsType<WriteOutcome<BudgetLineForm>.Forbidden>(await editor.Get<SaveBudgetLine>().RunAsync(Staff(1m)));
        await using var db = fixture.CreateContext(area);
        Assert.False(await db.BudgetLines.AnyAsync());
    }
}
