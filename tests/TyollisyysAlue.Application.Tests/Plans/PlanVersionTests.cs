using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

[Collection(DatabaseCollection.Name)]
public class PlanVersionTests(DatabaseFixture fixture)
{
    private static BudgetLineForm Staff(decimal amount) =>
        new() { Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.Staff, Label = "Henkilöstökulut", Amount = amount };

    /// <summary>A kind of live table no feature provides: frozen as an empty table that says so.</summary>
    private const int NoSourceYet = 99;

    private static string AmountIn(LiveTable table) => table.Rows.First(r => r[1] == "Henkilöstökulut")[2];

    [Fact]
    public async Task Approval_freezes_the_live_tables_later_data_changes_do_not_change_the_approved_version()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = new PlanServicesForTests(fixture, area, "anna@example.fi");
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await planner.Budgets.SaveAsync(2025, Staff(7_820_000m)));
        var plan = await planner.NewDraftAsync();
        var resources = plan.Sections.First(s => s.Section.Statutory == StatutorySection.Resources).Section;
        await planner.Structure.SetLiveBlocksAsync(resources.Id, [new((int)LiveBlockKind.Budget, 2025), new((int)LiveBlockKind.Members, 2025), new(NoSourceYet, 2025)]);

        await planner.Workflow.SubmitAsync(plan.Version.Id);
        Assert.IsType<WriteOutcome<ApprovalForm>.Saved>(await planner.Workflow.ApproveAsync(plan.Version.Id,
            new ApprovalForm { DecisionBody = "Työllisyysjaosto", DecisionDate = new DateTime(2025, 2, 1), DecisionSection = "§ 7" }));

        var line = (await planner.Budgets.LoadAsync(2025)).Lines.Single();
        var changed = BudgetLineForm.From(line, 2025);
        changed.Amount = 9_000_000m;
        Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await planner.Budgets.SaveAsync(2025, changed));

        var approved = (await planner.Documents.BuildAsync(plan.Version.Id))!;
        var tables = approved.Sections.First(s => s.Heading == resources.Heading).Tables;
        Assert.Equal("7 820 000,00 €", AmountIn(tables[0]).Replace('\u00a0', ' '));
        Assert.Equal(LiveBlockKind.Members, tables[1].Kind);
        Assert.Single(tables[1].Rows);
        Assert.Empty(tables[2].Rows);
        Assert.NotNull(tables[2].Note);
        Assert.StartsWith("Hyväksytty 1.2.2025 (Työllisyysjaosto § 7)", approved.Texts[approved.Status], StringComparison.Ordinal);

        // The next draft starts from the approved text and shows today's data.
        var next = Assert.IsType<WriteOutcome<NewVersionForm>.Saved>(await planner.Workflow.StartDraftAsync(new NewVersionForm
        {
            Label = "2.0", Title = "Järjestämissuunnitelma", VersionDate = new DateTime(2025, 6, 1), Language = "fi", BasedOnId = plan.Version.Id,
        }));
        var draft = (await planner.Documents.BuildAsync(next.Id))!;
        Assert.Equal("9 000 000,00 €", AmountIn(draft.Sections.First(s => s.Heading == resources.Heading).Tables[0]).Replace('\u00a0', ' '));
        Assert.Equal(6, draft.Sections.Count);
    }

    [Fact]
    public async Task Approved_versions_are_read_only_and_a_new_approval_supersedes_the_old_one()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var first = await planner.NewDraftAsync("versio 30.5.2023");
        await planner.Workflow.SubmitAsync(first.Version.Id);
        var decision = new ApprovalForm { DecisionBody = "Jaosto", DecisionDate = new DateTime(2023, 6, 12), DecisionSection = "§ 15" };
        await planner.Workflow.ApproveAsync(first.Version.Id, decision);

        var form = SectionForm.From(first.Sections[0].Section);
        form.Body = "Muutos hyväksyttyyn";
        Assert.Equal(PlanErrors.NotDraft, PlanServicesForTests.CodeOf(await planner.Sections.SaveAsync(form)));
        Assert.Equal(PlanErrors.NotDraft, PlanServicesForTests.CodeOf(await planner.Structure.TryAddAsync(first.Version.Id, "Uusi", null)));

        var second = Assert.IsType<WriteOutcome<NewVersionForm>.Saved>(await planner.Workflow.StartDraftAsync(new NewVersionForm
        {
            Label = "2.0", Title = "Suunnitelma", VersionDate = new DateTime(2024, 12, 5), Language = "fi", BasedOnId = first.Version.Id,
        }));
        Assert.Equal(PlanErrors.OpenVersionExists, PlanServicesForTests.CodeOf(await planner.Workflow.StartDraftAsync(new NewVersionForm
        {
            Label = "3.0", Title = "Suunnitelma", VersionDate = new DateTime(2025, 1, 1), Language = "fi",
        })));
        await planner.Workflow.SubmitAsync(second.Id);
        await planner.Workflow.ApproveAsync(second.Id, decision);
        var versions = await planner.Reading.VersionsAsync();
        Assert.Equal(PlanStatus.Superseded, versions.Single(v => v.Id == first.Version.Id).Status);
        Assert.Equal(PlanStatus.Approved, versions.Single(v => v.Id == second.Id).Status);
    }

    [Fact]
    public async Task A_committee_member_comments_a_passage_the_planner_replies_and_resolves_before_submitting()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = new PlanServicesForTests(fixture, area, "anna@example.fi");
        var member = new PlanServicesForTests(fixture, area, "jasen@example.fi", AreaRole.CommitteeMember);
        var viewer = new PlanServicesForTests(fixture, area, "katsoja@example.fi", AreaRole.Viewer);
        var plan = await planner.NewDraftAsync();
        var section = plan.Sections[0].Section.Id;

        var comment = await member.Review.CommentAsync(section, "Lisätkää henkilöstömäärä.", "henkilöstövoimavarat");
        await planner.Review.CommentAsync(section, "Lisätty: 85 htv.", null, comment);
        await Outcome.ForbiddenAsync(viewer.Review.TryCommentAsync(section, "Saanko?", null));
        await Outcome.ForbiddenAsync(member.Review.ResolveAsync(comment, true));
        Assert.Equal(1, await planner.Review.UnresolvedCountAsync(plan.Version.Id));

        var thread = Assert.Single(await planner.Review.ThreadsAsync(plan.Version.Id));
        Assert.Equal("henkilöstövoimavarat", thread.Comment.Quote);
        Assert.Equal("anna@example.fi", Assert.Single(thread.Replies).Author);

        await planner.Review.ResolveAsync(comment, true);
        Assert.Equal(0, await planner.Review.UnresolvedCountAsync(plan.Version.Id));
        await planner.Workflow.SubmitAsync(plan.Version.Id);
        Assert.Equal(PlanStatus.Submitted, (await planner.Reading.LoadAsync(plan.Version.Id))!.Version.Status);
    }
}
