using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>
/// The plan's queries and write use cases for one user in one area, wired as the app's DI wires them; the user's
/// account and role are created at the first write. Each write answers the write path's outcome.
/// </summary>
public sealed class PlanServicesForTests
{
    private readonly UseCases _user;

    public PlanServicesForTests(DatabaseFixture fixture, Guid area, string name, AreaRole role = AreaRole.Planner)
    {
        _user = UseCases.Pending(fixture, area, name, role);
        Sections = new(this);
        Drafts = new(this);
        Structure = new(this);
        Workflow = new(this);
        Review = new(this);
        Budgets = new(this);
    }

    public AreaContext Context => _user.Context;
    public PlanReading Reading => _user.Get<PlanReading>();
    public LiveBlockRenderer Renderer => _user.Get<LiveBlockRenderer>();
    public PlanDocumentBuilder Documents => _user.Get<PlanDocumentBuilder>();
    public SectionWrites Sections { get; }
    public DraftWrites Drafts { get; }
    public StructureWrites Structure { get; }
    public WorkflowWrites Workflow { get; }
    public ReviewWrites Review { get; }
    public BudgetWrites Budgets { get; }

    private async Task<WriteOutcome<TTheirs>> RunAsync<TUseCase, TForm, TTheirs>(TForm form)
        where TUseCase : WriteUseCase<TForm, TTheirs> where TForm : class
    {
        await _user.ReadyAsync();
        return await _user.Get<TUseCase>().RunAsync(form);
    }

    public async Task<PlanView> NewDraftAsync(string label = "1.0")
    {
        var done = Assert.IsType<WriteOutcome<NewVersionForm>.Saved>(await Workflow.StartDraftAsync(new NewVersionForm
        {
            Label = label, Title = "Järjestämissuunnitelma", VersionDate = new DateTime(2025, 1, 15), Language = "fi",
        }));
        return (await Reading.LoadAsync(done.Id))!;
    }

    /// <summary>The first refusal's code (a resource key).</summary>
    public static string CodeOf<T>(WriteOutcome<T> outcome) => Assert.IsType<WriteOutcome<T>.Invalid>(outcome).Errors[0].ErrorCode;

    public sealed class SectionWrites(PlanServicesForTests p)
    {
        public Task<WriteOutcome<SectionForm>> SaveAsync(SectionForm form) => p.RunAsync<SaveSection, SectionForm, SectionForm>(form);
    }

    public sealed class DraftWrites(PlanServicesForTests p)
    {
        public async Task<bool> SaveAsync(Guid sectionId, string body, uint baseVersion) =>
            await p.RunAsync<SaveSectionDraft, SectionDraftForm, SectionDraftForm>(new(sectionId, body, baseVersion)) is WriteOutcome<SectionDraftForm>.Saved;

        public Task<WriteOutcome<SectionDraftForm>> TrySaveAsync(Guid sectionId, string body, uint baseVersion) =>
            p.RunAsync<SaveSectionDraft, SectionDraftForm, SectionDraftForm>(new(sectionId, body, baseVersion));

        public Task<PlanDraft?> FindAsync(Guid sectionId) => p._user.Get<SectionDrafts>().FindAsync(sectionId);
    }

    public sealed class StructureWrites(PlanServicesForTests p)
    {
        /// <summary>Adds a section and answers its key (the add must succeed).</summary>
        public async Task<Guid> AddAsync(Guid versionId, string heading, Guid? parentId) =>
            Assert.IsType<WriteOutcome<AddSectionForm>.Saved>(await TryAddAsync(versionId, heading, parentId)).Id;

        public Task<WriteOutcome<AddSectionForm>> TryAddAsync(Guid versionId, string heading, Guid? parentId) =>
            p.RunAsync<AddSection, AddSectionForm, AddSectionForm>(new(versionId, heading, parentId));

        public Task<WriteOutcome<SectionRef>> DeleteAsync(Guid sectionId) => p.RunAsync<DeleteSection, SectionRef, SectionRef>(new(sectionId));
        public Task<WriteOutcome<MoveSectionForm>> MoveAsync(Guid sectionId, int direction) => p.RunAsync<MoveSection, MoveSectionForm, MoveSectionForm>(new(sectionId, direction));
        public Task<WriteOutcome<NestSectionForm>> NestAsync(Guid sectionId, bool indent) => p.RunAsync<NestSection, NestSectionForm, NestSectionForm>(new(sectionId, indent));

        public Task<WriteOutcome<LiveBlocksForm>> SetLiveBlocksAsync(Guid sectionId, IReadOnlyList<LiveBlockRef> blocks) =>
            p.RunAsync<SetLiveBlocks, LiveBlocksForm, LiveBlocksForm>(new(sectionId, blocks));
    }

    public sealed class WorkflowWrites(PlanServicesForTests p)
    {
        public Task<WriteOutcome<VersionRef>> SubmitAsync(Guid versionId) => p.RunAsync<SubmitVersion, VersionRef, VersionRef>(new(versionId));
        public Task<WriteOutcome<VersionRef>> ReturnToDraftAsync(Guid versionId) => p.RunAsync<ReturnVersionToDraft, VersionRef, VersionRef>(new(versionId));

        public Task<WriteOutcome<ApprovalForm>> ApproveAsync(Guid versionId, ApprovalForm form)
        {
            form.VersionId = versionId;
            return p.RunAsync<ApproveVersion, ApprovalForm, ApprovalForm>(form);
        }

        public Task<WriteOutcome<NewVersionForm>> StartDraftAsync(NewVersionForm form) => p.RunAsync<StartVersion, NewVersionForm, NewVersionForm>(form);
    }

    public sealed class ReviewWrites(PlanServicesForTests p)
    {
        public Task<WriteOutcome<CommentForm>> TryCommentAsync(Guid sectionId, string text, string? quote, Guid? replyTo = null) =>
            p.RunAsync<AddComment, CommentForm, CommentForm>(new() { SectionId = sectionId, Text = text, Quote = quote, ReplyTo = replyTo });

        /// <summary>Comments and answers the comment's key (the comment must be saved).</summary>
        public async Task<Guid> CommentAsync(Guid sectionId, string text, string? quote, Guid? replyTo = null) =>
            Assert.IsType<WriteOutcome<CommentForm>.Saved>(await TryCommentAsync(sectionId, text, quote, replyTo)).Id;

        public Task<WriteOutcome<ResolveCommentForm>> ResolveAsync(Guid commentId, bool resolved) =>
            p.RunAsync<ResolveComment, ResolveCommentForm, ResolveCommentForm>(new(commentId, resolved));

        public Task<IReadOnlyList<CommentThread>> ThreadsAsync(Guid versionId) => p._user.Get<PlanReview>().ThreadsAsync(versionId);
        public Task<int> UnresolvedCountAsync(Guid versionId) => p._user.Get<PlanReview>().UnresolvedCountAsync(versionId);
    }

    public sealed class BudgetWrites(PlanServicesForTests p)
    {
        public Task<WriteOutcome<BudgetLineForm>> SaveAsync(int year, BudgetLineForm form)
        {
            form.Year = year;
            return p.RunAsync<SaveBudgetLine, BudgetLineForm, BudgetLineForm>(form);
        }

        public Task<(Domain.Budgets.Budget? Budget, IReadOnlyList<Domain.Budgets.BudgetLineItem> Lines)> LoadAsync(int year) =>
            p._user.Get<BudgetLinesQuery>().LoadAsync(year);
    }
}
