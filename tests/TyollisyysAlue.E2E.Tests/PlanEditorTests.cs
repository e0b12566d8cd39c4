using TyollisyysAlue.Infrastructure.Markup;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// The WYSIWYG section editor: used with the keyboard alone and a screen reader's view of it (a labelled multi-line
/// textbox, a toolbar with one tab stop, Ctrl+B/Ctrl+I, Escape back to the text), axe clean, and the Markdown of every
/// demo section surviving the editor's load and save. Uses Porvoo's Swedish draft as the planner, in a section no other
/// test edits (the planner's autosaved draft there is nobody else's business).
/// </summary>
public sealed class PlanEditorTests(AppFixture app) : BrowserTest(app)
{
    private const string Section = "Tjänsternas tillgänglighet";

    [Fact]
    public async Task The_editor_is_a_labelled_textbox_with_a_toolbar_reached_and_left_by_keyboard_and_shortcuts_that_format()
    {
        await OpenEditorAsync(Section);
        var body = Page.GetByRole(AriaRole.Textbox, new() { Name = "Teksti" });
        await Expect(body).ToHaveAttributeAsync("aria-multiline", "true");
        await Expect(body).ToHaveAttributeAsync("data-testid", "section-body");

        // Tab from the heading field lands on the toolbar's one tab stop, arrows move within it, Tab goes on to the text.
        await Page.GetByTestId("heading-input").FocusAsync();
        await Page.Keyboard.PressAsync("Tab");
        var toolbar = Page.GetByRole(AriaRole.Toolbar, new() { Name = "Muotoilu" });
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Lihavointi (Ctrl+B)" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Kursiivi (Ctrl+I)" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("End");
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Tee uudelleen (Ctrl+Y)" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(body).ToBeFocusedAsync();
        var outline = await body.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).outlineWidth)");
        Assert.True(outline >= 2, $"the focused text shows an outline of {outline}px");

        // Shortcuts format the selection; the Markdown saved is the plan's usual dialect.
        await PlanEditor.TypeAsync(Page, "Servicepunkter i alla kommuner");
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.PressAsync("Control+B");
        await PlanEditor.ExpectMarkdownAsync(Page, "**Servicepunkter i alla kommuner**");
        await Page.Keyboard.PressAsync("Control+I");
        await Expect(body.Locator("strong em, em strong")).ToHaveTextAsync("Servicepunkter i alla kommuner");

        // Alt+F10 goes to the toolbar (to the button used last), Escape leaves it back to the text.
        await Page.Keyboard.PressAsync("Alt+F10");
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Tee uudelleen (Ctrl+Y)" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(body).ToBeFocusedAsync();

        // A toolbar button works with Enter and the text keeps the focus afterwards.
        await Page.Keyboard.PressAsync("Alt+F10");
        await Page.Keyboard.PressAsync("Home");
        for (var i = 0; i < 5; i++) await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Luettelo", Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(body.Locator("ul > li")).ToHaveCountAsync(1);
        await Expect(body).ToBeFocusedAsync();
        var markdown = await PlanEditor.MarkdownAsync(Page);
        Assert.Contains(markdown, new[] { "- **_Servicepunkter i alla kommuner_**", "- _**Servicepunkter i alla kommuner**_" });

        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task A_table_made_with_the_toolbar_has_a_header_row_and_a_link_keeps_only_allowed_addresses()
    {
        await OpenEditorAsync(Section);
        await PlanEditor.ClearAsync(Page);
        var toolbar = Page.GetByRole(AriaRole.Toolbar, new() { Name = "Muotoilu" });
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Taulukko", Exact = true }).ClickAsync();
        await Page.Keyboard.TypeAsync("Kommun");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("Servicepunkt");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("Lovisa");
        await Expect(PlanEditor.Body(Page).Locator("th")).ToHaveTextAsync(["Kommun", "Servicepunkt"]);
        await PlanEditor.ExpectMarkdownAsync(Page, "| Kommun | Servicepunkt |\n| --- | --- |\n| Lovisa |  |\n|  |  |");

        // A link by the toolbar: an address with another scheme than http/https/mailto is refused, https is kept.
        await PlanEditor.TypeAsync(Page, "TE-palvelut");
        var address = "javascript:alert(1)";
        Page.Dialog += (_, dialog) => dialog.AcceptAsync(address);
        var link = toolbar.GetByRole(AriaRole.Button, new() { Name = "Linkki tai linkin poisto" });
        await Page.Keyboard.PressAsync("Control+A");
        await link.ClickAsync();
        await Task.Delay(300);
        await PlanEditor.ExpectMarkdownAsync(Page, "TE-palvelut");
        await Expect(PlanEditor.Body(Page).Locator("a")).ToHaveCountAsync(0);
        address = "https://tyomarkkinatori.fi";
        await Page.Keyboard.PressAsync("Control+A");
        await link.ClickAsync();
        await PlanEditor.ExpectMarkdownAsync(Page, "[TE-palvelut](https://tyomarkkinatori.fi)");
    }

    /// <summary>
    /// Each demo section's Markdown goes the editor's way - rendered by the server's one pipeline, loaded into the
    /// editor, written back as Markdown - and renders to the same HTML again: at most normalised, nothing lost.
    /// </summary>
    [Fact]
    public async Task The_markdown_of_every_demo_section_survives_loading_into_the_editor_and_saving()
    {
        var (porvoo, porvooSections) = DemoPlans.PorvooFinnish();
        var sections = porvooSections.Concat(DemoPlans.PorvooSwedish(porvoo).Sections).Concat(DemoPlans.Kuopio().Sections)
            .Where(s => !string.IsNullOrWhiteSpace(s.Body)).ToList();
        Assert.True(sections.Count > 20, $"only {sections.Count} demo sections with text");
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(Page);

        var unchanged = 0;
        foreach (var section in sections)
        {
            var html = PlanHtml.Render(section.Body, 1);
            var markdown = await Page.EvaluateAsync<string>("""
                async ([html, shift]) => (await import(new URL('js/plan-editor.js', document.baseURI).href)).roundTrip(html, shift)
                """, new object[] { html, 2 });
            Assert.Equal(Spaces(html), Spaces(PlanHtml.Render(markdown, 1)));
            if (markdown == section.Body.Trim()) unchanged++;
        }
        Assert.True(unchanged > 0, "no section kept its Markdown letter for letter");
    }

    /// <summary>The section that README's screenshot shows: its table is a table in the editor, as readers see it.</summary>
    [Fact]
    public async Task A_section_opens_in_the_editor_as_formatted_text_with_its_table()
    {
        await OpenEditorAsync("Kunder och servicebehov");
        var table = PlanEditor.Body(Page).Locator("table");
        await Expect(table.Locator("th")).ToHaveCountAsync(2);
        await Expect(table.Locator("tr")).ToHaveCountAsync(4);
        await Expect(PlanEditor.Body(Page)).Not.ToContainTextAsync("| ---");
        Assert.Contains("| --- | --- |", await PlanEditor.MarkdownAsync(Page), StringComparison.Ordinal);
        // README's picture, when asked for: PLAN_SCREENSHOT=docs/screenshot-plan.png (a path from the repository root).
        if (Environment.GetEnvironmentVariable("PLAN_SCREENSHOT") is { Length: > 0 } path)
        {
            await Page.SetViewportSizeAsync(1280, 900);
            await Page.GetByTestId("section-editor").ScrollIntoViewIfNeededAsync();
            await Page.ScreenshotAsync(new() { Path = path });
        }
    }

    /// <summary>HTML with every run of white space as one space (a soft line break in Markdown is a space in the editor).</summary>
    private static string Spaces(string html) => System.Text.RegularExpressions.Regex.Replace(html, @"\s+", " ");

    private async Task OpenEditorAsync(string section)
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("counterpart").ClickAsync();
        await Page.GetByTestId("outline").GetByRole(AriaRole.Button, new() { Name = section }).ClickAsync();
        await Expect(Page.GetByTestId("section-heading")).ToContainTextAsync(section);
        await Page.GetByTestId("edit-section").ClickAsync();
        await PlanEditor.ReadyAsync(Page);
    }
}
