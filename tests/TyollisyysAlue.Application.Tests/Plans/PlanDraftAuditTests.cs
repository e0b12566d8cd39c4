using TyollisyysAlue.Application.Common.Writing;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>Autosaved drafts are personal scratch copies: they stay out of the audit log; the section's save is logged.</summary>
[Collection(DatabaseCollection.Name)]
public class PlanDraftAuditTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Autosaving_a_draft_writes_no_audit_entry_while_saving_the_section_does()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var section = (await anna.NewDraftAsync()).Sections[1].Section;

        async Task<List<string>> LoggedAsync()
        {
            await using var db = fixture.CreateContext(area);
            var key = section.Id.ToString();
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityKey == key || e.EntityType == "PlanDraft").ToListAsync();
            return [.. entries.Select(e => $"{e.EntityType}:{e.Action}")];
        }
        var before = await LoggedAsync();

        Assert.True(await anna.Drafts.SaveAsync(section.Id, "Luonnos 1", section.Version));
        Assert.True(await anna.Drafts.SaveAsync(section.Id, "Luonnos 1, jatkuu", section.Version));
        Assert.NotNull(await anna.Drafts.FindAsync(section.Id));
        Assert.Equal(before, await LoggedAsync());

        var form = SectionForm.From(section);
        form.Body = "Tallennettu teksti.";
        Assert.IsType<WriteOutcome<SectionForm>.Saved>(await anna.Sections.SaveAsync(form));
        var after = await LoggedAsync();
        Assert.Equal(["PlanSection:Modified"], after.Except(before));
        Assert.DoesNotContain(after, e => e.StartsWith("PlanDraft", StringComparison.Ordinal));
    }
}
