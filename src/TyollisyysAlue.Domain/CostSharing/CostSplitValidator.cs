using System.Numerics;
using TyollisyysAlue.Domain.Municipalities;
using static TyollisyysAlue.Domain.CostSharing.CostSharingErrorCodes;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>The rules a cost split's input must meet. Field paths use the input's own positions.</summary>
internal static class CostSplitValidator
{
    /// <summary>Far above any real statistic; keeps indicator totals inside decimal's range.</summary>
    public const decimal MaxIndicatorValue = 1_000_000_000_000_000m;

    public static List<CostSharingError> Validate(CostSplitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<CostSharingError>();
        ValidateMunicipalities(input.Municipalities, errors);
        ValidateCriteria(input.Criteria, errors);
        foreach (var (criterion, index) in UsableCriteria(input.Criteria))
            ValidateIndicator(criterion.Indicator, index, input.Municipalities, errors);
        if (input.SharedCost.Cents < 0)
            errors.Add(new("sharedCost", NegativeSharedCost));
        ValidateDirectCharges(input, errors);
        return errors;
    }

    private static void ValidateMunicipalities(IReadOnlyList<MunicipalityIndicators> municipalities, List<CostSharingError> errors)
    {
        if (municipalities.Count == 0)
            errors.Add(new("municipalities", NoMunicipalities));
        var seen = new HashSet<MunicipalityCode>();
        for (var i = 0; i < municipalities.Count; i++)
        {
            var code = municipalities[i].Code;
            if (code.Value is null)
                errors.Add(new($"municipalities[{i}].code", MunicipalityCodeRequired));
            else if (!seen.Add(code))
                errors.Add(new($"municipalities[{i}].code", DuplicateMunicipality, code.Value));
        }
    }

    private static void ValidateCriteria(IReadOnlyList<Criterion> criteria, List<CostSharingError> errors)
    {
        if (criteria.Count == 0)
        {
            errors.Add(new("criteria", NoCriteria));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < criteria.Count; i++)
        {
            var (indicator, weight) = criteria[i];
            if (string.IsNullOrWhiteSpace(indicator))
                errors.Add(new($"criteria[{i}].indicator", IndicatorRequired));
            else if (!seen.Add(indicator))
                errors.Add(new($"criteria[{i}].indicator", DuplicateCriterion, indicator));
            if (weight < 0)
                errors.Add(new($"criteria[{i}].weightPercent", NegativeWeight));
        }
        // Compared as exact integers: a decimal sum could round a near miss to 100.
        var scaled = ExactQuantities.ToCommonScale(criteria.Select(c => c.WeightPercent), out var scale);
        if (scaled.Aggregate(BigInteger.Add) != 100 * BigInteger.Pow(10, scale))
            errors.Add(new("criteria", WeightsNotHundred));
    }

    private static IEnumerable<(Criterion Criterion, int Index)> UsableCriteria(IReadOnlyList<Criterion> criteria) =>
        criteria.Select((c, i) => (c, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.c.Indicator))
            .DistinctBy(x => x.c.Indicator, StringComparer.Ordinal);

    private static void ValidateIndicator(string indicator, int criterionIndex,
        IReadOnlyList<MunicipalityIndicators> municipalities, List<CostSharingError> errors)
    {
        var allUsable = true;
        var total = 0m;
        for (var i = 0; i < municipalities.Count; i++)
        {
            string Field() => $"municipalities[{i}].indicators.{indicator}";
            if (municipalities[i].Indicators is not { } values || !values.TryGetValue(indicator, out var value))
                errors.Add(new(Field(), IndicatorMissing, municipalities[i].Name, indicator));
            else if (value < 0)
                errors.Add(new(Field(), NegativeIndicator));
            else if (value > MaxIndicatorValue)
                errors.Add(new(Field(), IndicatorTooLarge));
            else
            {
                total += value;
                continue;
            }
            allUsable = false;
        }
        if (allUsable && municipalities.Count > 0 && total == 0)
            errors.Add(new($"criteria[{criterionIndex}].indicator", IndicatorTotalZero, indicator));
    }

    private static void ValidateDirectCharges(CostSplitInput input, List<CostSharingError> errors)
    {
        var known = input.Municipalities.Select(m => m.Code).ToHashSet();
        var total = (decimal)input.SharedCost.Cents;
        for (var i = 0; i < input.DirectCharges.Count; i++)
        {
            var charge = input.DirectCharges[i];
            if (!known.Contains(charge.Code))
                errors.Add(new($"directCharges[{i}].code", UnknownMunicipality, charge.Code.Value));
            if (charge.Amount.Cents < 0)
                errors.Add(new($"directCharges[{i}].amount", NegativeDirectCharge));
            total += charge.Amount.Cents;
        }
        if (total > long.MaxValue)
            errors.Add(new("directCharges", TotalOutOfRange));
    }
}
