using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Domain.Tests.Plans;

/// <summary>Issue 12.10: whether a new plan version may start is known before its form is filled.</summary>
public class NewVersionRuleTests
{
    private static PlanVersion Draft(string language) => new(Guid.NewGuid(), Guid.NewGuid(), "2.0", new DateOnly(2025, 6, 1), language, "Suunnitelma");

    [Fact]
    public void A_Finnish_only_area_with_a_Finnish_draft_cannot_start_another()
    {
        PlanVersion[] versions = [Draft("fi")];
        Assert.Equal(["sv"], NewVersionRule.FreeLanguages(versions));
        Assert.False(NewVersionRule.CanStart(versions));
    }

    [Fact]
    public void A_bilingual_area_can_start_in_the_language_without_an_open_version_and_not_when_both_are_open()
    {
        Assert.True(NewVersionRule.CanStart([Draft("sv")]));
        Assert.Equal(["fi"], NewVersionRule.FreeLanguages([Draft("sv")]));
        Assert.False(NewVersionRule.CanStart([Draft("fi"), Draft("sv")]));
        Assert.True(NewVersionRule.CanStart([]));
    }
}
