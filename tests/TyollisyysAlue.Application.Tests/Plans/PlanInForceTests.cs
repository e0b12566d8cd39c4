using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>Issue 12.2: the overview names the approved version in force and the open draft apart; a draft is never in force.</summary>
public class PlanInForceTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private static PlanVersion Version(string label, DateOnly date, bool approved)
    {
        var version = new PlanVersion(Guid.NewGuid(), Guid.NewGuid(), label, date, "fi", "Järjestämissuunnitelma");
        if (!approved) return version;
        version.Submit("planner@example.fi", At);
        version.Approve("Työllisyysjaosto", date, "12");
        return version;
    }

    [Fact]
    public void Before_any_approval_nothing_is_in_force_and_the_draft_is_named_as_a_draft()
    {
        var draft = Version("1.0", new DateOnly(2026, 2, 1), approved: false);
        Assert.Null(PlanReading.InForce([draft], "fi"));
        Assert.Same(draft, PlanReading.OpenDraft([draft], "fi"));
    }

    [Fact]
    public void After_approving_one_version_and_starting_the_next_the_approved_one_stays_in_force()
    {
        var approved = Version("1.0", new DateOnly(2026, 2, 1), approved: true);
        var next = Version("2.0", new DateOnly(2026, 9, 1), approved: false);
        Assert.Same(approved, PlanReading.InForce([approved, next], "fi"));
        Assert.Same(next, PlanReading.OpenDraft([approved, next], "fi"));
    }
}
