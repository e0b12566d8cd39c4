namespace TyollisyysAlue.Domain.Procurement;

/// <summary>Procurement procedures named in the seeds (Kuopio 7.4). Stored by name; never renumber.</summary>
public enum ProcurementProcedure
{
    Open = 1,
    Restricted = 2,
    Negotiated = 3,
    DynamicPurchasingSystem = 4,
    SmallProcurement = 5,
    DynamicSmallProcurement = 6,
    DirectAward = 7,
}

/// <summary>
/// What is bought, as far as the national threshold is concerned (Act 1397/2016 annex E; Vaasa seed 004):
/// training, coaching and work-ability assessment 400 000 €; start-up grant statements 300 000 €.
/// </summary>
public enum ProcurementCategory
{
    Training = 1,
    Coaching = 2,
    WorkAbilityAssessment = 3,
    StartUpGrantStatement = 4,
    OtherSpecificService = 5,
}

/// <summary>The grounds on which a small procurement may be awarded directly (Kuopio seed 7.4).</summary>
public enum DirectAwardGround
{
    MinorValue = 1,
    UnforeseeableUrgency = 2,
    TenderingCostExceedsBenefit = 3,
    KnownPriceLevel = 4,
    NoOtherSupplier = 5,
}

/// <summary>A warning on a procurement line; each has a text in the UI that explains the rule.</summary>
public enum ProcurementFlag
{
    /// <summary>Value at or above the national threshold, but a procedure meant for buying below it.</summary>
    ThresholdWithBelowThresholdProcedure = 1,
    /// <summary>A direct award without one of the permitted grounds recorded.</summary>
    DirectAwardWithoutGround = 2,
}
