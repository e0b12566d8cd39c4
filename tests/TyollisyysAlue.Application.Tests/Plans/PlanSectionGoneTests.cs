using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>
/// A section another planner removed meanwhile: saving it, restructuring it, choosing its live blocks or commenting on
/// it answers "gone" (a <see cref="DomainException"/> the page can word), and the audit log says who removed it.
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

        await anna.Structure.DeleteAsync(sectionId);

        Assert.IsType<SectionSaveOutcome.NotFound>(await pekka.Sections.SaveAsync(form));
        Assert.False(await pekka.Drafts.SaveAsync(sectionId, form.Body, form.Version));
        foreach (var attempt in new Func<Task>[]
        {
            () => pekka.Structure.MoveAsync(sectionId, -1),
            () => pekka.Structure.NestAsync(sectionId, indent: true),
            () => pekka.Structure.DeleteAsync(sectionId),
            () => pekka.Structure.SetLiveBlocksAsync(sectionId, []),
            () => pekka.Review.CommentAsync(sectionId, "Onko tämä mukana?", null),
        })
        {
            var refused = await Assert.ThrowsAsync<DomainException>(attempt);
            Assert.Equal(PlanErrors.SectionGone, refused.Code);
        }

        var removal = await pekka.Reading.RemovalAsync(sectionId);
        Assert.NotNull(removal);
        Assert.Equal("anna@example.fi", removal.RemovedBy);
        Assert.True(removal.RemovedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Null(await pekka.Reading.RemovalAsync(plan.Sections[0].Section.Id));
    }
}
