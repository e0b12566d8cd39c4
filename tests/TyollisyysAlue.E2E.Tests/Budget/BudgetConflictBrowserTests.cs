using TyollisyysAlue.E2E.Tests.Offices;

namespace TyollisyysAlue.E2E.Tests.Budget;

/// <summary>
/// Two people of one area edit the same budget line in two browsers: the second save shows the shared conflict panel
/// (who, when, theirs beside yours), and both ways out work. Before the one write path this save showed nothing.
/// </summary>
public sealed class BudgetConflictBrowserTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_second_save_of_a_budget_line_shows_the_conflict_and_keep_theirs_and_save_mine_both_work()
    {
        await using var adminContext = await App.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await BudgetUi.OpenAsync(admin, "admin.porvoo@example.fi");
        await BudgetUi.AddZeroLineAsync(admin, "Ristiriitarivi");
        await BudgetUi.OpenAsync(Page, "planner.porvoo@example.fi");

        // Round 1: both open the line; the administrator saves first, the planner keeps theirs.
        var plannerEditor = await BudgetUi.EditAsync(Page, "Ristiriitarivi");
        var adminEditor = await BudgetUi.EditAsync(admin, "Ristiriitarivi");
        await OfficesUi.FillAsync(adminEditor.GetByLabel("Selite"), "Ristiriitarivi A");
        await adminEditor.GetByTestId("save-line").ClickAsync();
        await Expect(adminEditor).ToHaveCountAsync(0);
        await OfficesUi.FillAsync(plannerEditor.GetByLabel("Selite"), "Ristiriitarivi B");
        await plannerEditor.GetByTestId("save-line").ClickAsync();

        var conflict = plannerEditor.GetByTestId("conflict");
        await Expect(conflict).ToContainTextAsync("Anna Ylläpitäjä tallensi tämän rivin");
        var changed = conflict.Locator("tr.diff");
        await Expect(changed).ToHaveCountAsync(1);
        await Expect(changed.Locator("td").Nth(0)).ToHaveTextAsync("Ristiriitarivi A");
        await Expect(changed.Locator("td").Nth(1)).ToHaveTextAsync("Ristiriitarivi B");
        await Expect(plannerEditor.GetByTestId("save-line")).ToBeDisabledAsync();
        await OfficesUi.AssertAccessibleAsync(Page);

        await conflict.GetByTestId("keep-theirs").ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Expect(plannerEditor.GetByLabel("Selite")).ToHaveValueAsync("Ristiriitarivi A");
        await plannerEditor.GetByTestId("save-line").ClickAsync();
        await Expect(plannerEditor).ToHaveCountAsync(0);
        await Expect(BudgetUi.Line(Page, "Ristiriitarivi A")).ToHaveCountAsync(1);

        // Round 2: the administrator renames it again meanwhile; the planner knowingly saves theirs over it.
        await admin.ReloadAsync();
        await Interactive.ReadyAsync(admin);
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Talousarvio" }).ClickAsync();
        plannerEditor = await BudgetUi.EditAsync(Page, "Ristiriitarivi A");
        adminEditor = await BudgetUi.EditAsync(admin, "Ristiriitarivi A");
        await OfficesUi.FillAsync(adminEditor.GetByLabel("Selite"), "Ristiriitarivi C");
        await adminEditor.GetByTestId("save-line").ClickAsync();
        await Expect(adminEditor).ToHaveCountAsync(0);
        await OfficesUi.FillAsync(plannerEditor.GetByLabel("Selite"), "Ristiriitarivi D");
        await plannerEditor.GetByTestId("save-line").ClickAsync();

        conflict = plannerEditor.GetByTestId("conflict");
        await Expect(conflict).ToContainTextAsync("Ristiriitarivi C");
        await conflict.GetByTestId("save-mine").ClickAsync();
        await Expect(plannerEditor).ToHaveCountAsync(0);
        await Expect(BudgetUi.Line(Page, "Ristiriitarivi D")).ToHaveCountAsync(1);
        await Expect(BudgetUi.Line(Page, "Ristiriitarivi C")).ToHaveCountAsync(0);

        // The administrator sees the planner's line after a reload, and removes the test's line again.
        await admin.ReloadAsync();
        await Interactive.ReadyAsync(admin);
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Talousarvio" }).ClickAsync();
        await Expect(BudgetUi.Line(admin, "Ristiriitarivi D")).ToHaveCountAsync(1);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Poista rivi Ristiriitarivi D", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Poista", Exact = true }).ClickAsync();
        await Expect(BudgetUi.Line(admin, "Ristiriitarivi D")).ToHaveCountAsync(0);
    }
}
