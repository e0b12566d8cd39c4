using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>The plan's use cases for one user in one area, wired as the app's DI wires them.</summary>
public sealed class PlanServicesForTests
{
    public PlanServicesForTests(DatabaseFixture fixture, Guid area, string name, AreaRole role = AreaRole.Planner, Guid? userId = null)
    {
        Context = new AreaContext();
        Context.SetUser(userId ?? Guid.NewGuid(), name);
        Context.EnterArea(area, [role]);
        var factory = new TestContextFactory(fixture, Context);
        var clock = TimeProvider.System;
        Budgets = new BudgetEditing(factory, Context, new BudgetLineFormValidator());
        Renderer = new LiveBlockRenderer([new MembersLiveBlock(factory), new BudgetLiveBlock(Budgets), new CostSplitLiveBlock(new YearSplitQuery(factory))]);
        Reading = new PlanReading(factory);
        Sections = new PlanSectionEditing(factory, Context, new SectionFormValidator(), clock);
        Structure = new PlanStructureEditing(factory, Context);
        Drafts = new SectionDrafts(factory, Context, clock);
        Workflow = new PlanWorkflow(factory, Context, Renderer, clock, new ApprovalFormValidator(), new NewVersionFormValidator());
        Review = new PlanReview(factory, Context, clock);
        Documents = new PlanDocumentBuilder(Reading, Renderer, factory);
    }

    public AreaContext Context { get; }
    public BudgetEditing Budgets { get; }
    public LiveBlockRenderer Renderer { get; }
    public PlanReading Reading { get; }
    public PlanSectionEditing Sections { get; }
    public PlanStructureEditing Structure { get; }
    public SectionDrafts Drafts { get; }
    public PlanWorkflow Workflow { get; }
    public PlanReview Review { get; }
    public PlanDocumentBuilder Documents { get; }

    public async Task<PlanView> NewDraftAsync(string label = "1.0")
    {
        var done = Assert.IsType<PlanOutcome.Done>(await Workflow.StartDraftAsync(new NewVersionForm
        {
            Label = label, Title = "Järjestämissuunnitelma", VersionDate = new DateTime(2025, 1, 15), Language = "fi",
        }));
        return (await Reading.LoadAsync(done.VersionId))!;
    }
}
