using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.TestSupport.PlanDocuments;

namespace TyollisyysAlue.Web.Tests.Plans;

/// <summary>The import on the plan page for those who may edit the plan, and the app's own export imported back.</summary>
[Collection(AppCollection.Name)]
public partial class PlanImportPageTests(AppFixture app)
{
    [Theory]
    [InlineData("planner.porvoo@example.fi", "porvoo", true)]
    [InlineData("admin.espoo@example.fi", "espoo-kauniainen", true)]
    [InlineData("committee.porvoo@example.fi", "porvoo", false)]
    [InlineData("viewer.porvoo@example.fi", "porvoo", false)]
    public async Task Planners_and_administrators_are_offered_the_import_committee_members_and_viewers_are_not(string user, string area, bool offered)
    {
        using var client = await app.SignedInAs(user);
        var html = await client.GetStringAsync($"/areas/{area}/plan");
        Assert.Equal(offered, html.Contains("data-testid=\"import-plan\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kuopios_approved_plan_downloaded_as_docx_imports_back_with_its_sections_text_and_frozen_tables()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio/plan"));
        var export = ExportLink().Match(page);
        Assert.True(export.Success, "the plan page links its .docx export");
        var docx = await client.GetByteArrayAsync(export.Value);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var area = scope.ServiceProvider.GetRequiredService<AreaContext>();
        await using (var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync())
            area.EnterArea(await db.Areas.Where(a => a.Slug == "kuopio").Select(a => a.Id).SingleAsync(), [AreaRole.Administrator]);
        var document = (await scope.ServiceProvider.GetRequiredService<PlanDocumentBuilder>().BuildAsync(Guid.Parse(export.Groups["id"].Value)))!;
        var read = Assert.IsType<PlanFileRead.Read>(scope.ServiceProvider.GetRequiredService<IPlanFileReader>().Read("kuopio.docx", docx));
        var preview = PlanImportMapper.Map(read.Document);

        Assert.Equal(("fi", "docx"), (preview.Language, preview.Format));
        Assert.Equal(document.Sections.Select(s => (s.Level, s.Heading)), preview.Sections.Select(s => (s.Level, s.Heading)));
        for (var i = 0; i < document.Sections.Count; i++)
            Assert.Equal(ExportRoundTrip.Html(ExportRoundTrip.Expected(document.Sections[i])), ExportRoundTrip.Html(preview.Sections[i].Body));
        var frozen = Assert.Single(preview.Notes, n => n.Kind == ImportNoteKind.FrozenTable);
        Assert.Equal(document.Sections.Sum(s => s.Tables.Count), frozen.Count);
        Assert.True(frozen.Count >= 3, "Kuopio's approved plan has its budget, cost split, offices and services tables frozen");

        // The points whose headings say which point they are come back to the same sections.
        var stored = (await scope.ServiceProvider.GetRequiredService<PlanReading>().LoadAsync(Guid.Parse(export.Groups["id"].Value)))!.Sections;
        foreach (var point in new[] { StatutorySection.Resources, StatutorySection.Offices, StatutorySection.ImmigrationAndMobility, StatutorySection.StructuralChange })
            Assert.Equal(stored.Single(s => s.Section.Statutory == point).Section.Heading, preview.Sections[preview.Matches[point]].Heading);
    }

    [GeneratedRegex("/areas/kuopio/plan/versions/(?<id>[0-9a-f-]{36})/export\\.docx")]
    private static partial Regex ExportLink();
}
