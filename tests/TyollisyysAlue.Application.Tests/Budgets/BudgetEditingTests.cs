using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Tests.Budgets;

[Collection(DatabaseCollection.Name)]
public class BudgetEditingTests(DatabaseFixture fixture)
{
    private BudgetEditing EditorIn(Guid area, string name, AreaRole role = AreaRole.Planner)
    {
        var context = new AreaContext();
        context.SetUser(Guid.NewGuid(), name);
        context.EnterArea(area, [role]);
        return new BudgetEditing(new TestContextFactory(fixture, context), context, new BudgetLineFormValidator());
    }

    private static BudgetLineForm Staff(decimal amount) =>
        new() { Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.Staff, Label = "Henkilöstökulut", Amount = amount };

    [Fact]
    public async Task Two_planners_editing_one_line_the_second_save_is_refused_with_the_first_ones_change()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = EditorIn(area, "anna@example.fi");
        var pekka = EditorIn(area, "pekka@example.fi");
        Assert.IsType<SaveOutcome.Saved>(await anna.SaveAsync(2025, Staff(1_000_000m)));
        var line = Assert.Single((await anna.LoadAsync(2025)).Lines);

        var annasEdit = BudgetLineForm.From(line);
        var pekkasEdit = BudgetLineForm.From(line);
        annasEdit.Amount = 1_100_000m;
        pekkasEdit.Amount = 950_000m;
        Assert.IsType<SaveOutcome.Saved>(await anna.SaveAsync(2025, annasEdit));
        var conflict = Assert.IsType<SaveOutcome.Conflict>(await pekka.SaveAsync(2025, pekkasEdit));

        Assert.Equal(1_100_000m, conflict.Theirs.Amount);
        Assert.Equal("anna@example.fi", conflict.ChangedBy);
        Assert.NotNull(conflict.ChangedAt);
        Assert.Equal(1_100_000m, Assert.Single((await pekka.LoadAsync(2025)).Lines).Amount);

        // Pekka chooses to save his over Anna's, knowingly, from her version.
        pekkasEdit.Version = conflict.Theirs.Version;
        Assert.IsType<SaveOutcome.Saved>(await pekka.SaveAsync(2025, pekkasEdit));
        Assert.Equal(950_000m, Assert.Single((await anna.LoadAsync(2025)).Lines).Amount);
    }

    [Fact]
    public async Task Bad_amounts_are_refused_per_field_and_nothing_is_saved()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var editor = EditorIn(area, "anna@example.fi");
        var form = Staff(100.123m);
        form.RangeLow = 200m;
        form.Label = "";
        var invalid = Assert.IsType<SaveOutcome.Invalid>(await editor.SaveAsync(2025, form));
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(BudgetLineForm.Amount) && e.ErrorCode == "Validation.Money");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(BudgetLineForm.RangeLow) && e.ErrorCode == "Validation.RangeLowAboveAmount");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(BudgetLineForm.Label));
        Assert.Empty((await editor.LoadAsync(2025)).Lines);
    }

    [Fact]
    public async Task A_municipality_specific_charge_must_name_a_member_of_the_year()
    {
        var member = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        var editor = EditorIn(area, "anna@example.fi");
        var form = new BudgetLineForm
        {
            Kind = BudgetLineKind.Income, IncomeCategory = IncomeCategory.MunicipalitySpecific, Label = "Lisäpalvelu", Amount = 10_000m,
            MunicipalityCode = "297",
        };
        var invalid = Assert.IsType<SaveOutcome.Invalid>(await editor.SaveAsync(2025, form));
        Assert.Equal("Validation.NotAMember", Assert.Single(invalid.Errors).ErrorCode);
        form.MunicipalityCode = member;
        Assert.IsType<SaveOutcome.Saved>(await editor.SaveAsync(2025, form));
    }

    [Theory]
    [InlineData(AreaRole.Viewer)]
    [InlineData(AreaRole.CommitteeMember)]
    public async Task Viewers_and_committee_members_cannot_change_the_budget(AreaRole role)
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var editor = EditorIn(area, "ville@example.fi", role);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => editor.SaveAsync(2025, Staff(1m)));
        await using var db = fixture.CreateContext(area);
        Assert.False(await db.BudgetLines.AnyAsync());
    }
}
