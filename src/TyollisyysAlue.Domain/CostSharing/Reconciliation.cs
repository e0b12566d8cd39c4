using TyollisyysAlue.Domain.Common;
using static TyollisyysAlue.Domain.CostSharing.CostSharingErrorCodes;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// Year-end reconciliation (tasaus): the final split, made with actual costs and actual indicator
/// values, against the advances each municipality paid.
/// </summary>
public static class Reconciliation
{
    public static IReadOnlyList<CostSharingError> Validate(CostSplit final, IReadOnlyList<AdvancePaid> advances)
    {
        ArgumentNullException.ThrowIfNull(final);
        ArgumentNullException.ThrowIfNull(advances);
        var known = final.Municipalities.Select(m => m.Code).ToHashSet();
        return advances
            .Select((advance, i) => (advance, i))
            .Where(x => !known.Contains(x.advance.Code))
            .Select(x => new CostSharingError($"advances[{x.i}].code", UnknownMunicipality, x.advance.Code.Value))
            .ToList();
    }

    /// <summary>One settlement per municipality of the split, in code order; no advance counts as 0 paid.</summary>
    /// <exception cref="InvalidCostSharingInputException">When <see cref="Validate"/> reports errors.</exception>
    public static IReadOnlyList<Settlement> Settle(CostSplit final, IReadOnlyList<AdvancePaid> advances)
    {
        var errors = Validate(final, advances);
        if (errors.Count > 0) throw new InvalidCostSharingInputException(errors);
        return final.Municipalities
            .Select(m =>
            {
                var paid = Money.Sum(advances.Where(a => a.Code == m.Code).Select(a => a.Amount));
                return new Settlement(m.Code, m.Name, m.Total, paid, m.Total - paid);
            })
            .ToList();
    }
}
