using TyollisyysAlue.Application.Plans;

namespace TyollisyysAlue.Application.Tests.Plans;

/// <summary>What a metric and an action need before they are saved, and the new version's default title.</summary>
public class PlanGoalFormTests
{
    [Fact]
    public void A_metric_with_a_target_needs_its_target_year_and_one_without_a_target_does_not()
    {
        var withoutYear = new MetricFormValidator(TimeProvider.System).Validate(new MetricForm { Name = "Työnhakija-asiakkaat", Target = "13 500" });
        var error = Assert.Single(withoutYear.Errors);
        Assert.Equal((nameof(MetricForm.TargetYear), "Plan.Validation.TargetYearRequired"), (error.PropertyName, error.ErrorCode));

        Assert.True(new MetricFormValidator(TimeProvider.System).Validate(new MetricForm { Name = "Työnhakija-asiakkaat", Target = "13 500", TargetYear = 2027 }).IsValid);
        Assert.True(new MetricFormValidator(TimeProvider.System).Validate(new MetricForm { Name = "Työnhakija-asiakkaat", Baseline = "14 744" }).IsValid);
    }

    [Fact]
    public void An_action_needs_an_owner()
    {
        var result = new ActionFormValidator().Validate(new ActionForm { Description = "Koko alueen yhteinen sijaispankki", Owner = " " });
        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(ActionForm.Owner), "Plan.Validation.OwnerRequired"), (error.PropertyName, error.ErrorCode));
        Assert.True(new ActionFormValidator().Validate(new ActionForm { Description = "Koko alueen yhteinen sijaispankki", Owner = "Työllisyyspalvelu" }).IsValid);
    }

    [Theory]
    [InlineData("fi", "Palveluiden järjestämissuunnitelma")]
    [InlineData("sv", "Plan för ordnandet av tjänster")]
    public void The_default_document_title_is_in_the_versions_language(string language, string title) =>
        Assert.Equal(title, TyollisyysAlue.Texts.TextTable.In(language)["Plan.DocumentTitle"]);
}
