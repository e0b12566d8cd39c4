using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Domain.Tests.Plans;

public class PlanWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2023, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static PlanVersion Draft() => new(Guid.NewGuid(), Guid.NewGuid(), "versio 30.5.2023", new DateOnly(2023, 5, 30), "fi", "Järjestämissuunnitelma");

    [Fact]
    public void A_draft_is_submitted_approved_with_its_decision_and_then_superseded()
    {
        var version = Draft();
        Assert.True(version.IsEditable);
        version.Submit("planner", Now);
        Assert.Equal(PlanStatus.Submitted, version.Status);
        Assert.False(version.IsEditable);
        version.Approve("Työllisyysjaosto", new DateOnly(2023, 6, 12), "§ 15");
        Assert.Equal(PlanStatus.Approved, version.Status);
        Assert.Equal(("Työllisyysjaosto", new DateOnly(2023, 6, 12), "§ 15"), (version.DecisionBody, version.DecisionDate, version.DecisionSection));
        version.Supersede();
        Assert.Equal(PlanStatus.Superseded, version.Status);
    }

    [Fact]
    public void A_draft_cannot_be_approved_without_submission_nor_superseded()
    {
        var version = Draft();
        Assert.Equal(PlanErrors.NotSubmitted, Assert.Throws<DomainException>(() => version.Approve("Jaosto", new DateOnly(2023, 6, 1), "§ 1")).Code);
        Assert.Equal(PlanErrors.NotApproved, Assert.Throws<DomainException>(version.Supersede).Code);
        Assert.Equal(PlanErrors.NotSubmitted, Assert.Throws<DomainException>(version.ReturnToDraft).Code);
    }

    [Fact]
    public void Approved_and_submitted_versions_are_read_only_and_cannot_be_submitted_again()
    {
        var version = Draft();
        version.Submit("planner", Now);
        Assert.Equal(PlanErrors.NotDraft, Assert.Throws<DomainException>(version.EnsureEditable).Code);
        Assert.Equal(PlanErrors.NotDraft, Assert.Throws<DomainException>(() => version.Submit("planner", Now)).Code);
        version.Approve("Jaosto", new DateOnly(2023, 6, 1), "§ 1");
        Assert.Equal(PlanErrors.NotDraft, Assert.Throws<DomainException>(version.EnsureEditable).Code);
        Assert.Equal(PlanErrors.NotSubmitted, Assert.Throws<DomainException>(version.ReturnToDraft).Code);
    }

    [Fact]
    public void A_submitted_version_returns_to_draft_and_is_editable_again()
    {
        var version = Draft();
        version.Submit("planner", Now);
        version.ReturnToDraft();
        Assert.True(version.IsEditable);
        Assert.Null(version.SubmittedAt);
    }

    [Theory]
    [InlineData("", "§ 1")]
    [InlineData("Jaosto", " ")]
    public void Approval_needs_the_decision_body_and_paragraph(string body, string paragraph)
    {
        var version = Draft();
        version.Submit("planner", Now);
        Assert.Equal(PlanErrors.DecisionRequired, Assert.Throws<DomainException>(() => version.Approve(body, new DateOnly(2023, 6, 1), paragraph)).Code);
        Assert.Equal(PlanStatus.Submitted, version.Status);
    }
}
