namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Goals, metrics and actions in the browser, on Porvoo's goals (no other test asserts them): a planner adds a goal in
/// a new group, a metric and an overdue action; what a metric or an action lacks is said beside its field; the
/// overview's plan card counts the overdue action; axe finds nothing with each editor open.
/// </summary>
public sealed class PlanGoalsTests(AppFixture app) : BrowserTest(app)
{
    private const string Group = "Asiakkaiden palvelut (testi)";
    private const string Goal = "Palvelutorit kaikissa jäsenkunnissa (testi)";

    [Fact]
    public async Task A_planner_adds_a_goal_a_metric_and_an_overdue_action_and_the_overview_counts_it()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await OpenGoalsAsync(Page);

        // A goal in a new group.
        await Page.GetByTestId("add-goal").ClickAsync();
        var editor = Page.GetByTestId("goal-editor");
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Tavoiteryhmä"), Group);
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Tavoite", new() { Exact = true }), Goal);
        await Axe.AssertNoViolationsAsync(Page);
        await editor.GetByTestId("save-goal").ClickAsync();
        var goal = Page.GetByTestId("goal").Filter(new() { HasText = Goal });
        await Expect(goal).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = Group, Level = 3 })).ToBeVisibleAsync();

        // A metric with a target but no target year is refused beside the year; with the year it is saved.
        await goal.GetByTestId("add-metric").ClickAsync();
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Mittari", new() { Exact = true }), "Palvelutorien käynnit (testi)");
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Lähtötaso"), "1 200");
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Tavoitetaso"), "2 000");
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Tietolähde"), "Asiakastietojärjestelmä (testi)");
        await editor.GetByTestId("save-goal").ClickAsync();
        await Expect(editor).ToContainTextAsync("Anna vuosi, johon mennessä tavoitetaso saavutetaan.");
        await Axe.AssertNoViolationsAsync(Page);
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Tavoitevuosi"), "2027");
        await editor.GetByTestId("save-goal").ClickAsync();
        await Expect(goal.Locator("table").First).ToContainTextAsync("Palvelutorien käynnit (testi)");
        await Expect(goal.Locator("table").First).ToContainTextAsync("2027");

        // An action without an owner is refused beside the owner; with an owner, a past deadline and "in progress"
        // it is saved and flagged overdue.
        await goal.GetByTestId("add-action").ClickAsync();
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Konkreettinen toimi"), "Palvelutori Lapinjärvelle (testi)");
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Aikataulu"), "31.1.2025");
        await editor.GetByTestId("action-status").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Käynnissä" }).ClickAsync();
        await editor.GetByTestId("save-goal").ClickAsync();
        await Expect(editor).ToContainTextAsync("Anna toimen vastuutaho.");
        await Axe.AssertNoViolationsAsync(Page);
        await Interactive.FillUntilKeptAsync(editor.GetByLabel("Vastuutaho"), "Porvoon työllisyyspalvelut");
        await editor.GetByTestId("save-goal").ClickAsync();
        var action = goal.GetByTestId("action").Filter(new() { HasText = "Palvelutori Lapinjärvelle (testi)" });
        await Expect(action).ToContainTextAsync("Käynnissä");
        await Expect(action).ToContainTextAsync("31.1.2025");
        await Expect(action.GetByTestId("overdue")).ToHaveTextAsync("Myöhässä");
        await Expect(Page.GetByTestId("action-progress")).ToContainTextAsync("1 myöhässä");
        await Axe.AssertNoViolationsAsync(Page);

        // The overview's plan card counts it, and its link opens the goals tab (a link works before the circuit is live).
        await Page.GotoAsync("/areas/porvoo");
        await Expect(Page.GetByTestId("plan-progress")).ToContainTextAsync("1 myöhässä");
        await Page.GetByTestId("plan-goals-link").ClickAsync();
        await Expect(Page.GetByTestId("overdue")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Tab, new() { Name = "Tavoitteet ja toimet" })).ToHaveAttributeAsync("aria-selected", "true");
    }

    private static async Task OpenGoalsAsync(IPage page)
    {
        await page.GotoAsync("/areas/porvoo/plan");
        // The tabs switch only once the circuit is live; a click on the prerendered tab does nothing.
        await Interactive.ReadyAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Tavoitteet ja toimet" }).ClickAsync();
        await Expect(page.GetByTestId("add-goal")).ToBeVisibleAsync();
    }
}
