using TyollisyysAlue.E2E.Tests.Budget;
using TyollisyysAlue.E2E.Tests.Offices;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Issue 12, defect 1: an amount nobody typed is never saved. A refused figure keeps its text and a Finnish message
/// beside the field and Save does nothing; Finnish and Excel figures are saved exactly.
/// </summary>
public sealed class NumberEntryTests(AppFixture app) : BrowserTest(app)
{
    private const string NotANumber = "Kirjoita luku, esimerkiksi 1 310 000,50.";

    [Fact]
    public async Task A_budget_amount_that_is_not_a_number_is_refused_at_the_field_and_a_Finnish_one_is_saved_exactly()
    {
        await BudgetUi.OpenAsync(Page, "planner.porvoo@example.fi", year: 2025);
        const string label = "Lukutesti (testi)";
        var editor = await BudgetUi.StartLineAsync(Page, label);
        var amount = editor.GetByLabel("Määrä (€)");

        foreach (var typed in new[] { "abc", "1 310 000,00x" })
        {
            await OfficesUi.FillAsync(amount, typed);
            await editor.GetByTestId("save-line").ClickAsync();
            await Expect(editor).ToContainTextAsync(NotANumber);
            await Expect(amount).ToHaveValueAsync(typed); // not turned into 0
            await Expect(BudgetUi.Line(Page, label)).ToHaveCountAsync(0); // and nothing saved
        }

        await OfficesUi.FillAsync(amount, "1310000.5");
        await Expect(editor).Not.ToContainTextAsync(NotANumber);
        await editor.GetByTestId("save-line").ClickAsync();
        await Expect(BudgetUi.Line(Page, label)).ToContainTextAsync("1 310 000,50");

        // Back to 0 €, so that the area's totals other tests read stay as they were.
        var again = await BudgetUi.EditAsync(Page, label);
        await Expect(again.GetByLabel("Määrä (€)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^1\s310\s000,50$"));
        await OfficesUi.FillAsync(again.GetByLabel("Määrä (€)"), "0");
        await again.GetByTestId("save-line").ClickAsync();
        await Expect(BudgetUi.Line(Page, label)).ToContainTextAsync("0,00");
    }

    [Fact]
    public async Task Person_years_with_a_stray_letter_are_refused_and_nothing_is_saved()
    {
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Page.GotoAsync("/areas/kuopio/staffing");
        await Interactive.ReadyAsync(Page);
        var total = await Page.GetByTestId("grand-total-value").TextContentAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Muokkaa: Siilinjärvi, Digitaaliset palvelut" }).ClickAsync();
        var editor = Page.GetByTestId("staff-editor");
        var field = editor.GetByLabel("Henkilötyövuodet (htv)");
        await OfficesUi.FillAsync(field, "22,5x");
        await editor.GetByTestId("save-row").ClickAsync();

        await Expect(editor).ToContainTextAsync(NotANumber);
        await Expect(field).ToHaveValueAsync("22,5x");
        await Expect(editor).ToBeVisibleAsync(); // still open: the save did not run
        await Expect(Page.GetByTestId("grand-total-value")).ToHaveTextAsync(total!);
        await OfficesUi.AssertAccessibleAsync(Page);
    }
}
