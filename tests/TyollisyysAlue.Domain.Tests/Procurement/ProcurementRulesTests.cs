using TyollisyysAlue.Domain.Procurement;
using static TyollisyysAlue.Domain.Procurement.ProcurementFlag;

namespace TyollisyysAlue.Domain.Tests.Procurement;

public class ProcurementRulesTests
{
    [Theory]
    [InlineData(ProcurementProcedure.SmallProcurement)]
    [InlineData(ProcurementProcedure.DynamicSmallProcurement)]
    [InlineData(ProcurementProcedure.DirectAward)]
    public void Exactly_400_000_euros_with_a_below_threshold_procedure_is_flagged(ProcurementProcedure procedure)
    {
        var flags = ProcurementRules.Flags(400_000.00m, ProcurementCategory.Coaching, procedure, DirectAwardGround.KnownPriceLevel);
        Assert.Equal([ThresholdWithBelowThresholdProcedure], flags);
    }

    [Fact]
    public void One_cent_below_400_000_euros_is_not_flagged()
    {
        Assert.Empty(ProcurementRules.Flags(399_999.99m, ProcurementCategory.Training, ProcurementProcedure.SmallProcurement, null));
    }

    [Theory]
    [InlineData(ProcurementProcedure.Open)]
    [InlineData(ProcurementProcedure.Restricted)]
    [InlineData(ProcurementProcedure.Negotiated)]
    [InlineData(ProcurementProcedure.DynamicPurchasingSystem)]
    public void Above_the_threshold_a_full_procedure_is_fine(ProcurementProcedure procedure)
    {
        Assert.Empty(ProcurementRules.Flags(5_000_000m, ProcurementCategory.Training, procedure, null));
    }

    [Fact]
    public void Start_up_grant_statements_reach_their_threshold_at_300_000_euros()
    {
        Assert.Equal(300_000m, ProcurementRules.ThresholdFor(ProcurementCategory.StartUpGrantStatement));
        Assert.Equal([ThresholdWithBelowThresholdProcedure],
            ProcurementRules.Flags(300_000.00m, ProcurementCategory.StartUpGrantStatement, ProcurementProcedure.SmallProcurement, null));
        Assert.Empty(ProcurementRules.Flags(299_999.99m, ProcurementCategory.StartUpGrantStatement, ProcurementProcedure.SmallProcurement, null));
        // The same 300 000 € for coaching is below coaching's 400 000 € threshold.
        Assert.Empty(ProcurementRules.Flags(300_000.00m, ProcurementCategory.Coaching, ProcurementProcedure.SmallProcurement, null));
    }

    [Theory]
    [InlineData(ProcurementCategory.Training)]
    [InlineData(ProcurementCategory.Coaching)]
    [InlineData(ProcurementCategory.WorkAbilityAssessment)]
    [InlineData(ProcurementCategory.OtherSpecificService)]
    public void Other_categories_use_the_400_000_threshold(ProcurementCategory category) =>
        Assert.Equal(400_000m, ProcurementRules.ThresholdFor(category));

    [Fact]
    public void A_direct_award_without_a_ground_is_flagged_and_with_one_it_is_not()
    {
        Assert.Equal([DirectAwardWithoutGround], ProcurementRules.Flags(15_000m, ProcurementCategory.OtherSpecificService, ProcurementProcedure.DirectAward, null));
        foreach (var ground in Enum.GetValues<DirectAwardGround>())
            Assert.Empty(ProcurementRules.Flags(15_000m, ProcurementCategory.OtherSpecificService, ProcurementProcedure.DirectAward, ground));
    }

    [Fact]
    public void A_large_direct_award_without_a_ground_gets_both_flags()
    {
        var flags = ProcurementRules.Flags(450_000m, ProcurementCategory.Coaching, ProcurementProcedure.DirectAward, null);
        Assert.Equal([ThresholdWithBelowThresholdProcedure, DirectAwardWithoutGround], flags);
    }

    [Fact]
    public void A_line_without_a_procedure_has_no_flags()
    {
        Assert.Empty(ProcurementRules.Flags(900_000m, ProcurementCategory.Training, null, null));
    }

    [Fact]
    public void A_line_is_judged_by_its_own_values()
    {
        var line = new ProcurementLine(Guid.NewGuid(), Guid.NewGuid(), 2025, Guid.NewGuid(), ProcurementCategory.WorkAbilityAssessment, 420_000m)
        {
            Procedure = ProcurementProcedure.DynamicSmallProcurement,
        };
        Assert.Equal([ThresholdWithBelowThresholdProcedure], ProcurementRules.Flags(line));
    }
}
