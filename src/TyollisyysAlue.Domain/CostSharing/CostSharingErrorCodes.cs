namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>Stable error codes; the UI translates them, so never change an existing value.</summary>
public static class CostSharingErrorCodes
{
    public const string InvalidInput = "cost-sharing.invalid-input";
    public const string NoMunicipalities = "cost-sharing.no-municipalities";
    public const string MunicipalityCodeRequired = "cost-sharing.municipality-code-required";
    public const string DuplicateMunicipality = "cost-sharing.duplicate-municipality";
    public const string NoCriteria = "cost-sharing.no-criteria";
    public const string IndicatorRequired = "cost-sharing.indicator-required";
    public const string DuplicateCriterion = "cost-sharing.duplicate-criterion";
    public const string NegativeWeight = "cost-sharing.negative-weight";
    public const string WeightsNotHundred = "cost-sharing.weights-not-100";
    public const string IndicatorMissing = "cost-sharing.indicator-missing";
    public const string NegativeIndicator = "cost-sharing.negative-indicator";
    public const string IndicatorTooLarge = "cost-sharing.indicator-too-large";
    public const string IndicatorTotalZero = "cost-sharing.indicator-total-zero";
    public const string NegativeSharedCost = "cost-sharing.negative-shared-cost";
    public const string UnknownMunicipality = "cost-sharing.unknown-municipality";
    public const string NegativeDirectCharge = "cost-sharing.negative-direct-charge";
    public const string TotalOutOfRange = "cost-sharing.total-out-of-range";
    public const string RevisionMonthOutOfRange = "cost-sharing.revision-month-out-of-range";
    public const string RevisionsNotIncreasing = "cost-sharing.revisions-not-increasing";
}
