namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// A planner saves a section an administrator deleted meanwhile: the editor says who removed it, keeps the text and
/// offers a reload — no error page. Uses its own section in Porvoo's Swedish draft.
/// </summary>
public sealed class PlanSectionGoneTests(AppFixture app) : BrowserTest(app)
{
    private const string Section = "Risker (e2e, tas bort)";

    private static async Task OpenSwedishDraftAsync(IPage page)
    {
        await page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(page);
        await page.GetByTestId("counterpart").ClickAsync();
        await Expect(page.GetByTestId("version-select")).ToContainTextAsync("version 30.5.2023");
    }

    [Fact]
    public async Task Saving_a_section_deleted_meanwhile_names_who_removed_it_keeps_the_text_and_offers_a_reload()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await OpenSwedishDraftAsync(Page);
        var heading = Page.GetByLabel("Uuden luvun otsikko");
        await heading.FillAsync(Section);
        await heading.PressAsync("Tab");
        await Page.GetByTestId("add-section").ClickAsync();
        await Expect(Page.GetByTestId("section-heading")).ToContainTextAsync(Section);
        await Page.GetByTestId("edit-section").ClickAsync();
        await PlanEditor.ReadyAsync(Page);
        await PlanEditor.TypeAsync(Page, "Text som ingen annan har sett.");
        await PlanEditor.ExpectMarkdownAsync(Page, "Text som ingen annan har sett.");

        var admin = await App.NewContextAsync();
        var other = await admin.NewPageAsync();
        await SignInPage.SignInAsync(other, "admin.porvoo@example.fi");
        await OpenSwedishDraftAsync(other);
        await other.GetByTestId("outline").GetByRole(AriaRole.Button, new() { Name = Section }).ClickAsync();
        await other.GetByTestId("delete-section").ClickAsync();
        await other.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(Poista|Ta bort)$") }).ClickAsync();
        await Expect(other.GetByTestId("outline")).Not.ToContainTextAsync(Section);
        await admin.DisposeAsync();

        await Page.GetByTestId("save-section").ClickAsync();
        var notice = Page.GetByTestId("section-gone");
        await Expect(notice).ToContainTextAsync("Anna Ylläpitäjä");
        await Expect(PlanEditor.Body(Page)).ToHaveTextAsync("Text som ingen annan har sett.");
        Assert.Equal("Text som ingen annan har sett.", await PlanEditor.MarkdownAsync(Page));
        await Page.GetByTestId("reload-plan").ClickAsync();
        await Expect(Page.GetByTestId("outline")).Not.ToContainTextAsync(Section);
        await Expect(Page.GetByTestId("section-editor")).ToHaveCountAsync(0);
    }
}
