namespace TyollisyysAlue.E2E.Tests;

public sealed class CostSplitTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Committee_member_reviews_the_split_traces_a_municipality_and_sees_the_monthly_schedule_but_cannot_edit()
    {
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget");
        await Interactive.ReadyAsync(Page);

        var table = Page.GetByTestId("split-table");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(table.Locator("tr[data-code='434']")).ToContainTextAsync("Loviisa");
        await Expect(Page.GetByTestId("shared-amount")).ToContainTextAsync("12 970 000,00 €");

        // The trace explains one municipality's figures in words.
        await Page.GetByTestId("trace-select").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Loviisa" }).ClickAsync();
        await Expect(Page.GetByTestId("split-trace")).ToContainTextAsync("Loviisa: jaettu");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kuukausierät" }).ClickAsync();
        await Expect(Page.GetByTestId("schedule-table").Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(Page.GetByTestId("schedule-total")).ToContainTextAsync("12 970 000,00 €");

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Talousarvio" }).ClickAsync();
        await Expect(Page.GetByTestId("lines-expense")).ToContainTextAsync("Palkkatuki");
        await Expect(Page.GetByTestId("add-line")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Planner_adds_a_budget_line_after_fixing_a_field_error_and_the_shared_cost_follows()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Talousarvio" }).ClickAsync();
        await Page.GetByTestId("add-line").ClickAsync();

        var editor = Page.GetByTestId("line-editor");
        await editor.GetByLabel("Selite").FillAsync("Ohjaamon vuokra");
        await editor.GetByLabel("Määrä (€)").FillAsync("25000");
        await Page.GetByTestId("save-line").ClickAsync();
        await Expect(editor).ToContainTextAsync("Valitse luokka.");

        await editor.GetByLabel("Luokka").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Toimintakulut" }).ClickAsync();
        await Page.GetByTestId("save-line").ClickAsync();

        await Expect(Page.GetByTestId("lines-expense")).ToContainTextAsync("Ohjaamon vuokra");
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kustannustenjako" }).ClickAsync();
        await Expect(Page.GetByTestId("shared-amount")).ToContainTextAsync("12 995 000,00 €");
    }
}
