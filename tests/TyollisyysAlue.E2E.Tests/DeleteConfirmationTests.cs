using TyollisyysAlue.E2E.Tests.Budget;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>Issue 12, defect 6: the trash icon asks first; Cancel keeps the row, Delete removes it.</summary>
public sealed class DeleteConfirmationTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Deleting_a_budget_line_asks_first_and_cancel_keeps_it()
    {
        await BudgetUi.OpenAsync(Page, "planner.porvoo@example.fi", year: 2025);
        const string label = "Poistotesti (testi)";
        await BudgetUi.AddZeroLineAsync(Page, label);

        var delete = Page.GetByRole(AriaRole.Button, new() { Name = $"Poista rivi {label}", Exact = true });
        await delete.ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Poistetaanko {label}?");
        await Expect(dialog).ToContainTextAsync("Poistoa ei voi perua.");
        await Axe.AssertNoViolationsAsync(Page);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Peruuta", Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(BudgetUi.Line(Page, label)).ToHaveCountAsync(1);

        await delete.ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Poista", Exact = true }).ClickAsync();
        await Expect(BudgetUi.Line(Page, label)).ToHaveCountAsync(0);
    }
}
