using Npgsql;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Web.Components.Pages.Plan;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>The plan section editor: a conflicting save (the write path's Conflict) opens the word-by-word merge view.</summary>
public class SectionEditorTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    [Fact]
    public async Task A_save_after_someone_elses_save_shows_the_merge_view_and_the_merged_text_saves()
    {
        var (area, planner) = await EnterNewAreaAsPlannerAsync();
        var (version, section) = await StartPlanAsync(planner);
        var anna = await UseCases.ForAsync(Database, area, "anna@example.fi", AreaRole.Planner);
        var annas = SectionForm.From(section);
        annas.Body = "Annan teksti palveluista.";
        Assert.IsType<WriteOutcome<SectionForm>.Saved>(await anna.Get<SaveSection>().RunAsync(annas));

        JSInterop.SetupModule("./js/plan-editor.js").Mode = JSRuntimeMode.Loose;
        RenderProviders();
        var saved = 0;
        var editor = Render<SectionEditor>(ps => ps.Add(p => p.Section, section).Add(p => p.OnSaved, () => saved++));
        // The text editor comes once the planner's draft has been looked up.
        await editor.WaitForAssertionAsync(() => editor.FindComponent<PlanTextEditor>(), TimeSpan.FromSeconds(20));
        // Found and triggered in one dispatch: the editor re-renders on its own (autosave status, the browser's copy).
        // What the browser's editor reports on every change (plan-editor.js calls it with the text as Markdown).
        await editor.InvokeAsync(() => editor.FindComponent<PlanTextEditor>().Instance.OnEditorChanged("Planner kirjoitti omansa."));
        await editor.InvokeAsync(() => editor.Find("button[data-testid=save-section]").Click());

        await editor.WaitForAssertionAsync(() => Assert.Contains("anna tallensi", editor.Find("[data-testid=conflict]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(20));
        Assert.Contains("Annan", editor.Find("[data-testid=conflict-diff]").TextContent, StringComparison.Ordinal);
        // The merge box is a second editor that starts with both texts.
        var merged = editor.FindComponent<ConflictMerge>().FindComponent<PlanTextEditor>().Instance.Markdown;
        Assert.Contains("Annan teksti palveluista.", merged, StringComparison.Ordinal);
        Assert.Contains("Planner kirjoitti omansa.", merged, StringComparison.Ordinal);
        Assert.True(editor.Find("button[data-testid=save-section]").HasAttribute("disabled"));
        // Nothing was lost: the refused text is the planner's draft on the server.
        Assert.Equal("Planner kirjoitti omansa.", (await planner.Get<SectionDrafts>().FindAsync(section.Id))!.Body);

        await editor.InvokeAsync(() => editor.Find("button[data-testid=save-merged]").Click());
        await editor.WaitForAssertionAsync(() => Assert.Equal(1, saved), TimeSpan.FromSeconds(20));
        var stored = (await planner.Get<PlanReading>().LoadAsync(version))!.Find(section.Id)!.Section;
        Assert.Contains("Annan teksti palveluista.", stored.Body, StringComparison.Ordinal);
        Assert.Contains("Planner kirjoitti omansa.", stored.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_draft_lookup_holds_the_text_editor_back_so_the_draft_is_shown_and_what_is_typed_is_autosaved()
    {
        var (_, planner) = await EnterNewAreaAsPlannerAsync();
        var (_, section) = await StartPlanAsync(planner);
        Assert.IsType<WriteOutcome<SectionDraftForm>.Saved>(await planner.Get<SaveSectionDraft>()
            .RunAsync(new SectionDraftForm(section.Id, "Eilinen luonnos.", section.Version)));

        JSInterop.SetupModule("./js/plan-editor.js").Mode = JSRuntimeMode.Loose;
        RenderProviders();
        // The lookup of the draft waits behind another transaction's lock, as it can wait for a busy database: the load
        // runs found the text editor created before the draft was known, showing the saved text, and what was typed
        // then replaced by the draft when the lookup came back (nothing autosaved).
        await using var blocker = new NpgsqlConnection(Database.Database.Admin);
        await blocker.OpenAsync();
        var holding = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE plan_drafts IN ACCESS EXCLUSIVE MODE", blocker, holding))
            await lockTable.ExecuteNonQueryAsync();
        var editor = Render<SectionEditor>(ps => ps.Add(p => p.Section, section));
        Assert.Empty(editor.FindComponents<PlanTextEditor>());
        Assert.NotNull(editor.Find(".mud-progress-linear"));

        await holding.RollbackAsync();
        await editor.WaitForAssertionAsync(() => Assert.Equal("Eilinen luonnos.", editor.FindComponent<PlanTextEditor>().Instance.Markdown),
            TimeSpan.FromSeconds(20));
        var before = editor.Find("[data-testid=autosave-status]").TextContent;
        await editor.InvokeAsync(() => editor.FindComponent<PlanTextEditor>().Instance.OnEditorChanged("Eilinen luonnos.\n\nTänään lisätty."));
        await editor.WaitForAssertionAsync(() => Assert.NotEqual(before, editor.Find("[data-testid=autosave-status]").TextContent),
            TimeSpan.FromSeconds(20));
        Assert.Equal("Eilinen luonnos.\n\nTänään lisätty.", (await planner.Get<SectionDrafts>().FindAsync(section.Id))!.Body);
    }

    /// <summary>A new Finnish plan version of the planner's area and its second section (the first main section).</summary>
    private static async Task<(Guid VersionId, PlanSection Section)> StartPlanAsync(UseCases planner)
    {
        var version = Assert.IsType<WriteOutcome<NewVersionForm>.Saved>(await planner.Get<StartVersion>().RunAsync(new NewVersionForm
        {
            Label = "1.0", Title = "Järjestämissuunnitelma", VersionDate = new DateTime(2026, 1, 15), Language = "fi",
        }));
        return (version.Id, (await planner.Get<PlanReading>().LoadAsync(version.Id))!.Sections[1].Section);
    }
}
