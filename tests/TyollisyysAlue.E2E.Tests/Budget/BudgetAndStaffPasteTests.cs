using TyollisyysAlue.E2E.Tests.Offices;

namespace TyollisyysAlue.E2E.Tests.Budget;

/// <summary>
/// Excel habits in the budget lines and staffing grids (issue 12): a pasted block is previewed with its bad cell named,
/// nothing saved; the fixed block is saved in one go and the split follows; Undo puts the previous figures back, after a
/// paste and after a single edit. Kuopio, which no other browser test pastes into; every change is undone at the end,
/// so the totals other tests read stay as they were.
/// </summary>
public sealed class BudgetAndStaffPasteTests(AppFixture app) : BrowserTest(app)
{
    private ILocator Amount(string label) => BudgetUi.Line(Page, label).Locator("td").Nth(2);

    [Fact]
    public async Task Planner_pastes_amounts_by_keyboard_fixes_the_bad_cell_saves_sees_the_split_follow_and_undoes_paste_and_edit()
    {
        Page.Context.SetDefaultTimeout(30_000);
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Page.GotoAsync("/areas/kuopio/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        var shared = await Page.GetByTestId("shared-amount").InnerTextAsync();
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Talousarvio" }).ClickAsync();
        await Expect(Amount("Toimintakulut")).ToHaveTextAsync("1 840 000,00 €");
        var expenses = await ExpenseTotalAsync();

        // Keyboard only: the button by Enter, the block typed into the focused field as a paste puts it, Save by Enter.
        await OpenPasteByKeyboardAsync("Toimintakulut\t1 900 000,00 €\nStarttiraha\t900 000x\n");
        await Expect(Page.GetByTestId("paste-problems")).ToContainTextAsync("Rivi 2, sarake 2 (Starttiraha, Määrä (€)");
        await Expect(Page.GetByTestId("paste-problems")).ToContainTextAsync("Kirjoita luku");
        await Expect(Page.GetByTestId("paste-save")).ToBeDisabledAsync();
        await Axe.AssertNoViolationsAsync(Page);
        await PressAsync(Page.GetByTestId("paste-cancel"));
        await Expect(Page.GetByTestId("paste-panel")).Not.ToBeAttachedAsync();
        await Expect(Amount("Toimintakulut")).ToHaveTextAsync("1 840 000,00 €"); // nothing saved

        await OpenPasteByKeyboardAsync("Toimintakulut\t1 900 000,00 €\nStarttiraha\t900 000\n");
        await Expect(Page.GetByTestId("paste-preview").Locator("tbody tr")).ToHaveCountAsync(2);
        await PressAsync(Page.GetByTestId("paste-save"));
        await Expect(Page.GetByTestId("paste-panel")).Not.ToBeAttachedAsync();
        await Expect(Amount("Toimintakulut")).ToHaveTextAsync("1 900 000,00 €");
        await Expect(Amount("Starttiraha")).ToHaveTextAsync("900 000,00 €");
        // The split's balance follows: +60 000 and −50 000 of expenses.
        await Expect(ExpenseTotal()).ToHaveTextAsync(Euros(Parse(expenses) + 10_000m));

        await PressAsync(Page.GetByTestId("undo"));
        await Expect(Amount("Toimintakulut")).ToHaveTextAsync("1 840 000,00 €");
        await Expect(Amount("Starttiraha")).ToHaveTextAsync("950 000,00 €");
        await Expect(ExpenseTotal()).ToHaveTextAsync(expenses);
        await Expect(Page.GetByTestId("undo")).ToHaveCountAsync(0);

        // A single edit is undone the same way.
        var editor = await BudgetUi.EditAsync(Page, "Avustukset ja korvaukset");
        await OfficesUi.FillAsync(editor.GetByLabel("Määrä (€)"), "95 000");
        await editor.GetByTestId("save-line").ClickAsync();
        await Expect(Amount("Avustukset ja korvaukset")).ToHaveTextAsync("95 000,00 €");
        await PressAsync(Page.GetByTestId("undo"));
        await Expect(Amount("Avustukset ja korvaukset")).ToHaveTextAsync("90 000,00 €");

        // Ctrl+V on a line's button: a block without labels starts at that line.
        await BudgetUi.Line(Page, "Starttiraha").GetByRole(AriaRole.Button, new() { Name = "Muokkaa riviä Starttiraha" }).EvaluateAsync("""
            (button, text) => {
                button.focus();
                const data = new DataTransfer();
                data.setData('text/plain', text);
                button.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
            }
            """, "900 000\n");
        await Expect(Page.GetByTestId("paste-preview").Locator("tbody th")).ToHaveTextAsync(["Starttiraha"]);
        await PressAsync(Page.GetByTestId("paste-cancel"));
        await Expect(Page.GetByTestId("paste-panel")).Not.ToBeAttachedAsync();

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kustannustenjako" }).ClickAsync();
        await Expect(Page.GetByTestId("shared-amount")).ToHaveTextAsync(shared);
    }

    [Fact]
    public async Task Planner_pastes_person_years_sees_the_bad_cell_saves_the_fixed_block_and_undoes_it()
    {
        Page.Context.SetDefaultTimeout(30_000);
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Page.GotoAsync("/areas/kuopio/staffing");
        await Interactive.ReadyAsync(Page);
        const string row = "Siilinjärvi, Digitaaliset palvelut";
        var cell = Page.GetByTestId("staff-rows").Locator($"tr[data-row='{row}'] td").Nth(3);
        await Expect(cell).ToBeVisibleAsync();
        var (before, total) = (await cell.InnerTextAsync(), await Page.GetByTestId("grand-total-value").InnerTextAsync());

        await OpenPasteByKeyboardAsync($"{row}\t22,5x\n");
        await Expect(Page.GetByTestId("paste-problems")).ToContainTextAsync($"Rivi 1, sarake 2 ({row}, Henkilötyövuodet (htv)");
        await Expect(Page.GetByTestId("paste-save")).ToBeDisabledAsync();
        await OfficesUi.AssertAccessibleAsync(Page);
        await PressAsync(Page.GetByTestId("paste-cancel"));

        await OpenPasteByKeyboardAsync($"{row}\t22,5\n");
        await PressAsync(Page.GetByTestId("paste-save"));
        await Expect(cell).ToHaveTextAsync("22,5");
        await Expect(Page.GetByTestId("grand-total-value")).Not.ToHaveTextAsync(total);

        await PressAsync(Page.GetByTestId("undo"));
        await Expect(cell).ToHaveTextAsync(before);
        await Expect(Page.GetByTestId("grand-total-value")).ToHaveTextAsync(total);
    }

    private async Task OpenPasteByKeyboardAsync(string block)
    {
        await PressAsync(Page.GetByTestId("start-paste"));
        var text = Page.GetByTestId("paste-text");
        await Expect(text).ToBeVisibleAsync();
        // The dialog's focus trap moves the focus once as it opens, on a busy machine after this focus (the full suite saw
        // the field lose it for good): focus again until the field keeps it.
        for (var attempt = 1; ; attempt++)
        {
            await text.FocusAsync();
            try
            {
                await Expect(text).ToBeFocusedAsync(new() { Timeout = 3_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 5) { }
        }
        await Page.Keyboard.InsertTextAsync(block);
    }

    private async Task PressAsync(ILocator button)
    {
        await Expect(button).ToBeEnabledAsync();
        await button.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
    }

    private ILocator ExpenseTotal() => Page.GetByTestId("budget-balance").Locator("dd").Nth(1);

    private Task<string> ExpenseTotalAsync() => ExpenseTotal().InnerTextAsync();

    private static decimal Parse(string euros) =>
        decimal.Parse(new string(euros.Where(c => char.IsDigit(c) || c == ',').ToArray()).Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    private static string Euros(decimal value) =>
        value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture).Replace(",", "\u00A0", StringComparison.Ordinal).Replace('.', ',') + "\u00A0€";
}
