namespace TyollisyysAlue.E2E.Tests;

public sealed class PlanTests(AppFixture app) : BrowserTest(app)
{
    private const string Section = "Palveluiden saavutettavuus";

    private static async Task OpenSectionAsync(IPage page)
    {
        await page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(page);
        await page.GetByTestId("outline").GetByRole(AriaRole.Button, new() { Name = Section }).ClickAsync();
        await Expect(page.GetByTestId("section-heading")).ToContainTextAsync(Section);
    }

    [Fact]
    public async Task A_planner_edits_a_section_a_committee_member_comments_the_planner_resolves_it_and_submits_the_version()
    {
        // The planner edits the section as formatted text (a list by typing "- ", bold by Ctrl+B), which is saved as Markdown.
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await OpenSectionAsync(Page);
        await Page.GetByTestId("edit-section").ClickAsync();
        await PlanEditor.ReadyAsync(Page);
        await PlanEditor.TypeAsync(Page, "- Vakituinen palvelupiste ");
        await Page.Keyboard.PressAsync("Control+B");
        await Page.Keyboard.TypeAsync("Porvoon keskustassa");
        await Page.Keyboard.PressAsync("Control+B");
        await Page.Keyboard.TypeAsync(".\nPalvelutorit Loviisassa ja Askolassa (testi).");
        await Expect(PlanEditor.Body(Page).Locator("li")).ToHaveTextAsync(["Vakituinen palvelupiste Porvoon keskustassa.", "Palvelutorit Loviisassa ja Askolassa (testi)."]);
        await Expect(PlanEditor.Body(Page).Locator("li strong")).ToHaveTextAsync("Porvoon keskustassa");
        await PlanEditor.ExpectMarkdownAsync(Page, "- Vakituinen palvelupiste **Porvoon keskustassa**.\n- Palvelutorit Loviisassa ja Askolassa (testi).");
        await Expect(Page.GetByTestId("autosave-status")).ToContainTextAsync("tallennettu automaattisesti");
        await Page.GetByTestId("save-section").ClickAsync();
        await Expect(Page.GetByTestId("section-text").Locator("li")).ToHaveTextAsync(["Vakituinen palvelupiste Porvoon keskustassa.", "Palvelutorit Loviisassa ja Askolassa (testi)."]);
        await Expect(Page.GetByTestId("section-text").Locator("li strong")).ToHaveTextAsync("Porvoon keskustassa");

        // A committee member comments on the section (they cannot edit it).
        var committee = await App.NewContextAsync();
        var member = await committee.NewPageAsync();
        await SignInPage.SignInAsync(member, "committee.porvoo@example.fi");
        await OpenSectionAsync(member);
        await Expect(member.GetByTestId("edit-section")).ToHaveCountAsync(0);
        await member.GetByLabel("Uusi kommentti").FillAsync("Mainitkaa myös Lapinjärven palvelutori.");
        await member.GetByTestId("send-comment").ClickAsync();
        await Expect(member.GetByTestId("comment")).ToContainTextAsync("Lapinjärven palvelutori");
        await committee.DisposeAsync();

        // The planner sees the open comment before submitting, resolves it and submits.
        await OpenSectionAsync(Page);
        // People by name, never by their e-mail (issue 12.10): the comment's author, who last saved, who resolved.
        await Expect(Page.GetByTestId("comment-author").First).ToContainTextAsync("Kaisa Jaostolainen");
        await Expect(Page.GetByTestId("comment")).Not.ToContainTextAsync("@example.fi");
        await Expect(Page.GetByTestId("section-history")).ToContainTextAsync("Viimeksi tallentanut Pekka Suunnittelija");
        await Page.GetByTestId("submit-version").ClickAsync();
        await Expect(Page.GetByTestId("open-comments")).ToBeVisibleAsync();
        await Page.GetByTestId("resolve-comment").ClickAsync();
        await Expect(Page.GetByTestId("comment-resolved")).ToContainTextAsync("Pekka Suunnittelija");
        await Page.ReloadAsync();
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("submit-version").ClickAsync();
        await Expect(Page.GetByTestId("no-open-comments")).ToBeVisibleAsync();
        await Page.GetByTestId("confirm-submit").ClickAsync();
        await Expect(Page.GetByTestId("version-status")).ToContainTextAsync("Jaoston käsittelyssä");
        await Expect(Page.GetByTestId("edit-section")).ToHaveCountAsync(0);
    }
}
