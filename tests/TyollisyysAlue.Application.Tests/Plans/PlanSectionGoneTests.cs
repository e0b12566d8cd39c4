using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>
/// A section another planner removed meanwhile: saving it, restructuring it, choosing its live blocks or commenting on
/// it answers the write path's Gone (which the page words), and the audit log says who removed it.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class PlanSectionGoneTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Work_on_a_section_removed_meanwhile_is_refused_as_gone_and_names_who_removed_it()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var pekka = new PlanServicesForTests(fixture, area, "pekka@example.fi");
        var plan = await anna.NewDraftAsync();
        var sectionId = await anna.Structure.AddAsync(plan.Version.Id, "Riskit", null);
        var section = (await pekka.Reading.LoadAsync(plan.Version.Id))!.Find(sectionId)!.Section;
        var form = SectionForm.From(section);
        form.Body = "Pekan teksti, jota Anna ei nähnyt.";

        Assert.IsType<WriteOutcome<SectionRef>.Saved>(await anna.Structure.DeleteAsync(sectionId));

        Assert.IsType<WriteOutcome<SectionForm>.Gone>(await pekka.Sections.SaveAsync(form));
        Assert.IsType<WriteOutcome<SectionDraftForm>.Gone>(await pekka.Drafts.TrySaveAsync(sectionId, form.Body, form.Version));
        Assert.IsType<WriteOutcome<MoveSectionForm>.Gone>(await pekka.Structure.MoveAsync(sectionId, -1));
        Assert.IsType<WriteOutcome<NestSectionForm>.Gone>(await pekka.Structure.NestAsync(sectionId, indent: true));
        Assert.IsType<WriteOutcome<SectionRef>.Gone>(await pekka.Structure.DeleteAsync(sectionId));
        Assert.IsType<WriteOutcome<LiveBlocksForm>.Gone>(await pekka.Structure.SetLiveBlocksAsync(sectionId, []));
        Assert.IsType<WriteOutcome<CommentForm>.Gone>(await pekka.Review.TryCommentAsync(sectionId, "Onko tämä mukana?", null));

        var removal = await pekka.Reading.RemovalAsync(sectionId);
        Assert.NotNull(removal);
        Assert.Equal("anna", removal.RemovedBy); // by name, not the e-mail
        Assert.True(removal.RemovedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Null(await pekka.Reading.RemovalAsync(plan.Sections[0].Section.Id));
    }
}
