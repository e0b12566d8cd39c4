using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>
/// Two tabs of one user autosaving the same section's first draft at the same moment (found by the circuit load
/// generator through two nodes): both stage an insert; the loser's unique violation makes the pipeline stage again,
/// which finds the winner's row and updates it. Neither autosave is lost and the user keeps one draft.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class PlanDraftRaceTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Simultaneous_first_autosaves_of_one_section_both_save_and_leave_one_draft()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var sections = (await anna.NewDraftAsync()).Sections.Select(s => s.Section).ToList();

        // Every section twice at once, both the first draft of the section: the race the check-then-insert loses.
        var saves = sections.SelectMany(s => new[] { (s.Id, Body: "Välilehti A"), (s.Id, Body: "Välilehti B") })
            .Select(p => Task.Run(() => anna.Drafts.TrySaveAsync(p.Id, p.Body, sections.Single(s => s.Id == p.Id).Version)))
            .ToList();
        var outcomes = await Task.WhenAll(saves);

        Assert.All(outcomes, o => Assert.IsType<WriteOutcome<Application.Plans.SectionDraftForm>.Saved>(o));
        await using var db = fixture.CreateContext(area);
        var drafts = await db.PlanDrafts.AsNoTracking().ToListAsync();
        Assert.Equal(sections.Select(s => s.Id).Order(), drafts.Select(d => d.SectionId).Order());
        Assert.All(drafts, d => Assert.Contains(d.Body, new[] { "Välilehti A", "Välilehti B" }));
    }
}
