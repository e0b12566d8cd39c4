using TyollisyysAlue.TestSupport.PlanDocuments;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Bringing an existing plan in: Espoo–Kauniainen's plan as LibreOffice saved it in Word format is uploaded on the plan
/// page, previewed (outline, statutory points, notes), one statutory match changed, confirmed as a new draft and
/// edited. Bad files are refused with a message and nothing is saved (Lahti keeps having no plan).
/// </summary>
public sealed class PlanImportTests(AppFixture app) : BrowserTest(app)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task An_administrator_uploads_a_word_plan_previews_it_changes_a_statutory_point_confirms_and_edits_the_new_draft()
    {
        await SignInPage.SignInAsync(Page, "admin.espoo@example.fi");
        await Page.GotoAsync("/areas/espoo-kauniainen/plan");
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("no-plan")).ToBeVisibleAsync();
        await Page.GetByTestId("import-plan").ClickAsync();
        var panel = Page.GetByTestId("import-panel");
        await FileInputs.SetUntilSeenAsync(panel.Locator("input[type=file]").First, new FilePayload
        {
            Name = "Espoo-Kauniainen järjestämissuunnitelma.docx", MimeType = Docx, Buffer = SeedDocuments.Get(SeedDocuments.EspooKauniainen, "docx"),
        }, Page.GetByTestId("import-outline"));

        // The preview: the outline to be created, the points a–f found by their letters, the language, what changed.
        var sections = Page.GetByTestId("import-section");
        await Expect(sections).ToHaveCountAsync(11);
        await Expect(sections.Nth(2)).ToContainTextAsync("3 a) Taloudelliset ja henkilöstövoimavarat");
        await Expect(sections.Nth(2)).ToContainTextAsync("(§15 a)");
        await Expect(sections.Nth(6)).ToContainTextAsync("4.3 b) Palvelujen tuottamista");
        await Expect(sections.Nth(6)).Not.ToContainTextAsync("§15");
        await Expect(Page.GetByTestId("statutory-f")).ToContainTextAsync("5.2 f) Varautuminen rakennemuutostilanteisiin");
        await Expect(Page.GetByTestId("import-language")).ToContainTextAsync("suomi");
        await Expect(Page.GetByTestId("import-file-read")).ToContainTextAsync("Espoo-Kauniainen järjestämissuunnitelma.docx");
        await Axe.AssertNoViolationsAsync(Page);

        // Espoo's plan has point b) twice: the planner takes the second one.
        await Page.GetByTestId("statutory-b").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "4.3 b) Palvelujen tuottamista ja kohdentamista koskevat ratkaisut" }).ClickAsync();
        await Expect(sections.Nth(6)).ToContainTextAsync("(§15 b)");
        await Expect(sections.Nth(5)).Not.ToContainTextAsync("§15");
        await Interactive.FillUntilKeptAsync(Page.GetByTestId("import-panel").GetByLabel("Versiotunnus"), "versio 9.10.2023");
        await Page.GetByTestId("import-confirm").ClickAsync();

        // A new draft opens with the imported outline and the chosen point.
        await Expect(Page.GetByTestId("version-status")).ToContainTextAsync("Luonnos");
        await Expect(Page.GetByTestId("version-select")).ToContainTextAsync("versio 9.10.2023");
        var outline = Page.GetByTestId("outline");
        await Expect(outline.GetByTestId("outline-section")).ToHaveCountAsync(11);
        var secondB = outline.GetByRole(AriaRole.Button, new() { Name = "4.3 b) Palvelujen tuottamista" });
        await Expect(secondB).ToContainTextAsync("(§15 b)");

        // …and it is a draft to edit like any other.
        await outline.GetByRole(AriaRole.Button, new() { Name = "f) Varautuminen rakennemuutostilanteisiin" }).ClickAsync();
        await Expect(Page.GetByTestId("section-text")).ToContainTextAsync("valmiit kumppanuussuhteet");
        await Page.GetByTestId("edit-section").ClickAsync();
        await PlanEditor.ReadyAsync(Page);
        await PlanEditor.TypeAsync(Page, "- Rakennemuutostilanteissa kumppanuudet ovat valmiina (tuotu ja muokattu).");
        await PlanEditor.ExpectMarkdownAsync(Page, "- Rakennemuutostilanteissa kumppanuudet ovat valmiina (tuotu ja muokattu).");
        await Page.GetByTestId("save-section").ClickAsync();
        await Expect(Page.GetByTestId("section-text")).ToContainTextAsync("(tuotu ja muokattu)");
    }

    [Fact]
    public async Task Too_large_damaged_locked_and_foreign_files_are_refused_with_a_message_and_nothing_is_saved()
    {
        await SignInPage.SignInAsync(Page, "admin.lahti@example.fi");
        await Page.GotoAsync("/areas/lahti/plan");
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("import-plan").ClickAsync();
        var input = Page.GetByTestId("import-panel").Locator("input[type=file]").First;
        var refused = Page.GetByTestId("import-refused");

        // 100 MB on disk (sparse): refused by its size, before any of it is sent.
        var large = Path.Combine(Path.GetTempPath(), $"suunnitelma-{Guid.NewGuid():N}.docx");
        try
        {
            await using (var file = File.Create(large)) file.SetLength(100L * 1024 * 1024);
            await FileInputs.SetUntilSeenAsync(input, large, refused);
            await Expect(refused).ToContainTextAsync("Tiedosto on liian suuri (100 Mt); suurin sallittu koko on 20 Mt.");
        }
        finally
        {
            File.Delete(large);
        }

        await input.SetInputFilesAsync(new FilePayload { Name = "rikki.docx", MimeType = Docx, Buffer = SeedDocuments.Get(SeedDocuments.Kuopio, "docx")[..4000] });
        await Expect(refused).ToContainTextAsync("vioittunut");
        await input.SetInputFilesAsync(new FilePayload { Name = "salainen.docx", MimeType = Docx, Buffer = EncryptedOfficeFile.Create() });
        await Expect(refused).ToContainTextAsync("suojattu salasanalla");
        await input.SetInputFilesAsync(new FilePayload { Name = "suunnitelma.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray() });
        await Expect(refused).ToContainTextAsync("Tiedostomuotoa .pdf ei voi tuoda");
        await Expect(Page.GetByTestId("import-outline")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(Page);

        await Page.ReloadAsync();
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("no-plan")).ToBeVisibleAsync();
    }
}
