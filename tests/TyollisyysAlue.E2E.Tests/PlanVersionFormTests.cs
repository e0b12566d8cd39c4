namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// The plan's smaller forms in another UI language: the new version's default title follows the version's language,
/// the new-section heading keeps its whole label in Swedish, and the comparison opens on two different versions.
/// Nothing is saved, so Porvoo's plan stays as other tests expect it.
/// </summary>
public sealed class PlanVersionFormTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_new_versions_default_title_follows_the_versions_language_not_the_English_UI()
    {
        // Kuopio: its approved plan leaves both languages free (Porvoo's open Finnish and Swedish drafts now keep the
        // button disabled, issue 12.10).
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await OpenPlanInAsync(Page, "en-FI", "/areas/kuopio/plan");
        await Page.GetByTestId("new-version").ClickAsync();
        var title = Page.GetByTestId("new-version-panel").GetByLabel("Document title");
        await Expect(title).ToHaveValueAsync("Palveluiden järjestämissuunnitelma");

        await Page.GetByTestId("version-language").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Swedish" }).ClickAsync();
        await Expect(title).ToHaveValueAsync("Plan för ordnandet av tjänster");

        // A title the planner wrote is not replaced by a language change.
        await Interactive.FillUntilKeptAsync(title, "Plan för ordnandet 2027 (test)");
        await Page.GetByTestId("version-language").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Finnish" }).ClickAsync();
        await Expect(title).ToHaveValueAsync("Plan för ordnandet 2027 (test)");
    }

    [Fact]
    public async Task The_new_section_heading_shows_its_whole_Swedish_label()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await OpenPlanInAsync(Page, "sv-FI", "/areas/porvoo/plan");
        var field = Page.GetByLabel("Rubrik för nytt avsnitt");
        await Expect(field).ToBeVisibleAsync();
        var label = Page.Locator("label", new() { HasText = "Rubrik för nytt avsnitt" });
        await Expect(label).ToBeVisibleAsync();
        var cut = await label.EvaluateAsync<int>("l => l.scrollWidth - l.clientWidth");
        Assert.True(cut <= 0, $"the label is cut by {cut}px");
        var input = await field.BoundingBoxAsync();
        Assert.True(input!.Width >= 250, $"the field is only {input.Width}px wide");
    }

    [Fact]
    public async Task Comparing_opens_on_two_different_versions()
    {
        await SignInPage.SignInAsync(Page, "viewer.porvoo@example.fi");
        await OpenPlanInAsync(Page, "fi-FI", "/areas/porvoo/plan?tab=compare");
        // Porvoo has its Finnish version and the Swedish one: the open (Finnish) one against the other.
        await Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Uudempi versio" })).ToContainTextAsync("(suomi)");
        await Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Vanhempi versio" })).ToContainTextAsync("(ruotsi)");
    }

    private static async Task OpenPlanInAsync(IPage page, string culture, string path)
    {
        await LanguageSwitch.OpenInAsync(page, culture, path);
        await Interactive.ReadyAsync(page);
    }
}
