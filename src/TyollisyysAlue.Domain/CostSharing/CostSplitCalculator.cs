using System.Numerics;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// Splits the shared cost by the key: first into one pot per criterion by weight, then each pot
/// among the municipalities by indicator value, both with <see cref="LargestRemainder"/>; then
/// adds each municipality's direct charges.
/// </summary>
public static class CostSplitCalculator
{
    public static IReadOnlyList<CostSharingError> Validate(CostSplitInput input) => CostSplitValidator.Validate(input);

    /// <exception cref="InvalidCostSharingInputException">When <see cref="Validate"/> reports errors.</exception>
    public static CostSplit Calculate(CostSplitInput input)
    {
        var errors = Validate(input);
        if (errors.Count > 0) throw new InvalidCostSharingInputException(errors);

        // Sorting by code makes the result independent of input order and lets the lower code win ties.
        var municipalities = input.Municipalities.OrderBy(m => m.Code).ToList();
        var criteria = input.Criteria;
        var potCents = LargestRemainder.Split(input.SharedCost.Cents,
            ExactQuantities.ToCommonScale(criteria.Select(c => c.WeightPercent)));

        var pots = new CriterionPot[criteria.Count];
        var amounts = new CriterionAmount[municipalities.Count][];
        for (var m = 0; m < municipalities.Count; m++) amounts[m] = new CriterionAmount[criteria.Count];
        for (var c = 0; c < criteria.Count; c++)
        {
            var indicator = criteria[c].Indicator;
            var values = municipalities.Select(m => m.Indicators[indicator]).ToList();
            var exact = ExactQuantities.ToCommonScale(values);
            var total = exact.Aggregate(BigInteger.Add);
            var cents = LargestRemainder.Split(potCents[c], exact);
            pots[c] = new CriterionPot(indicator, criteria[c].WeightPercent, values.Sum(), Money.FromCents(potCents[c]));
            for (var m = 0; m < municipalities.Count; m++)
                amounts[m][c] = new CriterionAmount(indicator, values[m], ExactQuantities.Ratio(exact[m], total), Money.FromCents(cents[m]));
        }

        var shares = municipalities.Select((m, i) => Share(m, amounts[i], input.DirectCharges)).ToList();
        var directTotal = Money.Sum(shares.Select(s => s.Direct));
        return new CostSplit(pots, shares, input.SharedCost, directTotal, input.SharedCost + directTotal);
    }

    private static MunicipalityShare Share(MunicipalityIndicators municipality, CriterionAmount[] amounts,
        IReadOnlyList<DirectCharge> directCharges)
    {
        var shared = Money.Sum(amounts.Select(a => a.Amount));
        var direct = Money.Sum(directCharges.Where(d => d.Code == municipality.Code).Select(d => d.Amount));
        return new MunicipalityShare(municipality.Code, municipality.Name, amounts, shared, direct, shared + direct);
    }
}
