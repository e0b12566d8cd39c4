namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// A dropped connection loses at most a few seconds of typing: what was typed comes back when the section is opened
/// again — from the server's autosaved draft, or from the copy the browser keeps while the draft is not yet saved.
/// Uses Porvoo's Swedish draft (the Finnish one is submitted by <see cref="PlanTests"/>) as the area administrator,
/// whose drafts no other test touches.
/// </summary>
public sealed class PlanDraftRestoreTests(AppFixture app) : BrowserTest(app)
{
    private const string User = "admin.porvoo@example.fi";

    [Fact]
    public async Task After_the_autosave_a_closed_browser_gets_the_draft_back_on_reopening()
    {
        const string typed = "Kunder i alla sex kommuner (utkast före avbrottet).";
        await using var first = await App.NewContextAsync();
        var page = await first.NewPageAsync();
        await SignInPage.SignInAsync(page, User);
        await OpenEditorAsync(page, "Kunder och servicebehov");
        await TypeUntilKeptAsync(page, typed);
        await Expect(page.GetByTestId("autosave-status")).ToContainTextAsync("tallennettu automaattisesti");
        await first.CloseAsync(); // the connection drops without saving the section

        await using var second = await App.NewContextAsync();
        var again = await second.NewPageAsync();
        await SignInPage.SignInAsync(again, User);
        await OpenEditorAsync(again, "Kunder och servicebehov");
        await Expect(again.GetByTestId("draft-restored")).ToBeVisibleAsync();
        await Expect(PlanEditor.Body(again)).ToHaveTextAsync(typed);
        Assert.Equal(typed, await PlanEditor.MarkdownAsync(again));

        // Discarding brings back the saved text and the draft is gone for good.
        await again.GetByTestId("discard-draft").ClickAsync();
        await Expect(again.GetByTestId("draft-restored")).ToHaveCountAsync(0);
        await Expect(PlanEditor.Body(again)).Not.ToHaveTextAsync(typed);
        Assert.NotEqual(typed, await PlanEditor.MarkdownAsync(again));
    }

    [Fact]
    public async Task Typing_cut_off_before_the_autosave_is_offered_back_from_the_browsers_copy()
    {
        const string typed = "Finansieringen fördelas 45/45/10 (skrivet just innan förbindelsen bröts).";
        await using var context = await App.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInPage.SignInAsync(page, User);
        await OpenEditorAsync(page, "Finansieringsprinciper och kostnadsfördelning");
        await TypeUntilKeptAsync(page, typed);
        await page.CloseAsync(); // at once, inside the autosave's pause

        var again = await context.NewPageAsync();
        await OpenEditorAsync(again, "Finansieringsprinciper och kostnadsfördelning");
        // The server's draft may still have been written by the closed circuit; if not, the browser's copy is offered.
        if (await PlanEditor.MarkdownAsync(again) != typed)
        {
            await again.GetByTestId("restore-local").ClickAsync();
        }
        await Expect(PlanEditor.Body(again)).ToHaveTextAsync(typed);
        await PlanEditor.ExpectMarkdownAsync(again, typed);
    }

    private static async Task OpenEditorAsync(IPage page, string section)
    {
        await page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(page);
        await page.GetByTestId("counterpart").ClickAsync();
        await page.GetByTestId("outline").GetByRole(AriaRole.Button, new() { Name = section }).ClickAsync();
        await Expect(page.GetByTestId("section-heading")).ToContainTextAsync(section);
        await page.GetByTestId("edit-section").ClickAsync();
        // Whatever the editor offers is on screen before the test looks at the text.
        await PlanEditor.ReadyAsync(page);
    }

    /// <summary>Types the text and waits until the editor has it as the Markdown it saves (and keeps in this browser).</summary>
    private static async Task TypeUntilKeptAsync(IPage page, string text)
    {
        await PlanEditor.TypeAsync(page, text);
        await PlanEditor.ExpectMarkdownAsync(page, text);
    }
}
