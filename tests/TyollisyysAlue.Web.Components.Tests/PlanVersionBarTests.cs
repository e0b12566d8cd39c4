using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Web.Components.Pages.Plan;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>Issue 12.10: the plan's version bar refuses a new version before its form is filled, and the submit panel warns.</summary>
public class PlanVersionBarTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    private static PlanVersion Draft(string language) => new(Guid.NewGuid(), Guid.NewGuid(), "2.0", new DateOnly(2025, 6, 1), language, "Suunnitelma");

    [Fact]
    public async Task With_a_draft_open_in_every_language_the_new_version_button_is_off_and_says_why()
    {
        await EnterNewAreaAsPlannerAsync();
        RenderProviders();

        var blocked = Render<PlanVersionBar>(ps => ps.Add(p => p.Versions, [Draft("fi")]).Add(p => p.CanEdit, true).Add(p => p.AreaKey, "testi"));
        Assert.True(blocked.Find("[data-testid=new-version]").HasAttribute("disabled"));
        Assert.Contains("2.0", blocked.Find("[data-testid=new-version-blocked]").TextContent, StringComparison.Ordinal);

        // A Swedish draft leaves Finnish free: the button works and the form opens on Finnish.
        var free = Render<PlanVersionBar>(ps => ps.Add(p => p.Versions, [Draft("sv")]).Add(p => p.CanEdit, true).Add(p => p.AreaKey, "testi"));
        Assert.False(free.Find("[data-testid=new-version]").HasAttribute("disabled"));
        Assert.Empty(free.FindAll("[data-testid=new-version-blocked]"));
    }

    [Fact]
    public async Task The_submit_panel_lists_the_empty_statutory_sections()
    {
        var (_, planner) = await EnterNewAreaAsPlannerAsync();
        RenderProviders();
        var created = Assert.IsType<WriteOutcome<NewVersionForm>.Saved>(await planner.Get<StartVersion>().RunAsync(
            new NewVersionForm { Label = "1.0", Title = "Suunnitelma", VersionDate = new DateTime(2025, 6, 1), Language = "fi" }));
        var view = (await planner.Get<PlanReading>().LoadAsync(created.Id))!;

        var panel = Render<SubmitPanel>(ps => ps.Add(p => p.VersionId, created.Id).Add(p => p.View, view));

        await panel.WaitForAssertionAsync(() => Assert.Equal(6, panel.FindAll("[data-testid=empty-statutory] li").Count));
        Assert.Contains(Text("Plan.StatutoryBeforeSubmit", 6), panel.Find("[data-testid=empty-statutory]").TextContent, StringComparison.Ordinal);
    }
}
