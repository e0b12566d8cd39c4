using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

[Collection(DatabaseCollection.Name)]
public class PlanEditingTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Two_planners_on_one_section_the_second_save_is_refused_and_both_texts_are_kept()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var pekka = new PlanServicesForTests(fixture, area, "pekka@example.fi");
        var plan = await anna.NewDraftAsync();
        var section = plan.Sections[2].Section;

        var annas = SectionForm.From(section);
        var pekkas = SectionForm.From(section);
        annas.Body = "Toimipisteet: Porvoo, palvelutorit jäsenkunnissa.";
        pekkas.Body = "Toimipisteet: Porvoon keskusta ja etäpalvelut.";
        Assert.IsType<WriteOutcome<SectionForm>.Saved>(await anna.Sections.SaveAsync(annas));
        var conflict = Assert.IsType<WriteOutcome<SectionForm>.Conflict>(await pekka.Sections.SaveAsync(pekkas));

        Assert.Equal(annas.Body, conflict.Theirs!.Body);
        Assert.Equal("anna", conflict.ChangedBy); // by name; an account without one shows the e-mail's local part
        Assert.NotNull(conflict.ChangedAt);
        var stored = (await pekka.Reading.LoadAsync(plan.Version.Id))!.Find(section.Id)!.Section;
        Assert.Equal(annas.Body, stored.Body);
        Assert.Equal(pekkas.Body, (await pekka.Drafts.FindAsync(section.Id))!.Body);

        // Pekka merges and saves against Anna's version: accepted, his draft is gone, history has both saves.
        pekkas.Body = annas.Body + "\n\nEtäpalvelut kaikille.";
        pekkas.Rebase(conflict.Theirs.Heading, conflict.Theirs.Body, conflict.Theirs.Version);
        Assert.IsType<WriteOutcome<SectionForm>.Saved>(await pekka.Sections.SaveAsync(pekkas));
        Assert.Null(await pekka.Drafts.FindAsync(section.Id));
        var history = await anna.Reading.HistoryAsync(section.Id);
        Assert.Equal(["pekka@example.fi", "anna@example.fi"], history.Select(h => h.SavedBy));
    }

    [Fact]
    public async Task Moving_a_section_meanwhile_is_not_a_conflict_with_its_unchanged_text()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var plan = await anna.NewDraftAsync();
        var form = SectionForm.From(plan.Sections[1].Section);
        await anna.Structure.MoveAsync(plan.Sections[1].Section.Id, -1);
        form.Body = "Oma tuotanto ja ostopalvelut.";
        Assert.IsType<WriteOutcome<SectionForm>.Saved>(await anna.Sections.SaveAsync(form));
        Assert.Equal("1", (await anna.Reading.LoadAsync(plan.Version.Id))!.Find(form.SectionId)!.Number);
    }

    [Fact]
    public async Task Statutory_sections_cannot_be_deleted_optional_ones_can_and_nest_one_level()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var plan = await planner.NewDraftAsync();
        var statutory = plan.Sections[0].Section.Id;
        Assert.Equal(PlanErrors.StatutoryUndeletable, PlanServicesForTests.CodeOf(await planner.Structure.DeleteAsync(statutory)));

        var goals = await planner.Structure.AddAsync(plan.Version.Id, "Tavoitteet", null);
        var sub = await planner.Structure.AddAsync(plan.Version.Id, "Strategiayhteydet", goals);
        Assert.Equal(PlanErrors.NestOneLevel, PlanServicesForTests.CodeOf(await planner.Structure.TryAddAsync(plan.Version.Id, "Liian syvä", sub)));
        var view = (await planner.Reading.LoadAsync(plan.Version.Id))!;
        Assert.Equal("7.1", view.Find(sub)!.Number);
        Assert.IsType<WriteOutcome<SectionRef>.Saved>(await planner.Structure.DeleteAsync(sub));
        Assert.IsType<WriteOutcome<SectionRef>.Saved>(await planner.Structure.DeleteAsync(goals));
        Assert.Equal(6, (await planner.Reading.LoadAsync(plan.Version.Id))!.Sections.Count);
    }

    [Theory]
    [InlineData(AreaRole.Viewer)]
    [InlineData(AreaRole.CommitteeMember)]
    public async Task Viewers_and_committee_members_cannot_edit_the_plan(AreaRole role)
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var plan = await new PlanServicesForTests(fixture, area, "anna@example.fi").NewDraftAsync();
        var reader = new PlanServicesForTests(fixture, area, "ville@example.fi", role);
        var form = SectionForm.From(plan.Sections[0].Section);
        form.Body = "Ei saa tallentua.";
        await Outcome.ForbiddenAsync(reader.Sections.SaveAsync(form));
        await Outcome.ForbiddenAsync(reader.Drafts.TrySaveAsync(form.SectionId, "x", form.Version));
        await Outcome.ForbiddenAsync(reader.Workflow.SubmitAsync(plan.Version.Id));
        Assert.Equal("", (await reader.Reading.LoadAsync(plan.Version.Id))!.Sections[0].Section.Body);
    }

    [Fact]
    public async Task Another_areas_plan_is_not_found_and_cannot_be_written()
    {
        var (mine, _) = await fixture.CreateAreaAsync();
        var (theirs, _) = await fixture.CreateAreaAsync();
        var plan = await new PlanServicesForTests(fixture, theirs, "them@example.fi").NewDraftAsync();
        var intruder = new PlanServicesForTests(fixture, mine, "me@example.fi");

        Assert.Null(await intruder.Reading.LoadAsync(plan.Version.Id));
        Assert.Empty(await intruder.Reading.VersionsAsync());
        var form = SectionForm.From(plan.Sections[0].Section);
        form.Body = "Vieras teksti";
        Assert.IsType<WriteOutcome<SectionForm>.Gone>(await intruder.Sections.SaveAsync(form));
        Assert.IsType<WriteOutcome<VersionRef>.Gone>(await intruder.Workflow.SubmitAsync(plan.Version.Id));
        // Another area's section is simply not there: the same answer as a section removed meanwhile.
        Assert.IsType<WriteOutcome<CommentForm>.Gone>(await intruder.Review.TryCommentAsync(form.SectionId, "Hei", null));
        Assert.Null(await intruder.Reading.RemovalAsync(form.SectionId));
        Assert.Null(await intruder.Documents.BuildAsync(plan.Version.Id));
    }

    [Fact]
    public async Task Section_saves_and_plan_changes_are_in_the_audit_log()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var plan = await planner.NewDraftAsync();
        var form = SectionForm.From(plan.Sections[0].Section);
        form.Body = "Henkilöstö 71 htv.";
        await planner.Sections.SaveAsync(form);
        await using var db = fixture.CreateContext(area);
        var key = form.SectionId.ToString();
        var entry = await db.AuditEntries.Where(a => a.EntityType == nameof(PlanSection) && a.EntityKey == key).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("anna@example.fi", entry.UserName);
        Assert.Contains("Henkilöstö 71 htv.", entry.After, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PlanVersion)));
    }
}
