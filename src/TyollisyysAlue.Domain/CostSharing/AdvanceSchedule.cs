using TyollisyysAlue.Domain.Common;
using static TyollisyysAlue.Domain.CostSharing.CostSharingErrorCodes;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// Monthly advances: each municipality's annual total in 12 instalments. A revision recalculates the
/// split with a new shared cost and spreads new total − already invoiced over the remaining months.
/// </summary>
public static class AdvanceSchedule
{
    public const int Months = 12;

    public static IReadOnlyList<CostSharingError> Validate(CostSplitInput input, IReadOnlyList<Revision> revisions)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        var errors = CostSplitCalculator.Validate(input).ToList();
        for (var i = 0; i < revisions.Count; i++)
        {
            var month = revisions[i].FromMonth;
            if (month is < 1 or > Months)
                errors.Add(new($"revisions[{i}].fromMonth", RevisionMonthOutOfRange));
            else if (i > 0 && month <= revisions[i - 1].FromMonth)
                errors.Add(new($"revisions[{i}].fromMonth", RevisionsNotIncreasing));
            // The revised split must pass the same rules; only the shared cost differs from the input.
            errors.AddRange(CostSplitCalculator.Validate(input with { SharedCost = revisions[i].SharedCost })
                .Where(e => e.Code is NegativeSharedCost or TotalOutOfRange)
                .Select(e => e with { Field = $"revisions[{i}].sharedCost" }));
        }
        return errors;
    }

    /// <summary>The instalments, with the split as budgeted and as last revised (callers need not calculate it again).</summary>
    /// <exception cref="InvalidCostSharingInputException">When <see cref="Validate"/> reports errors.</exception>
    public static AdvancePlan Build(CostSplitInput input, IReadOnlyList<Revision> revisions)
    {
        var errors = Validate(input, revisions);
        if (errors.Count > 0) throw new InvalidCostSharingInputException(errors);

        var initial = CostSplitCalculator.Calculate(input);
        var split = initial;
        var schedules = split.Municipalities.ToDictionary(m => m.Code, m => Spread(m.Total));
        foreach (var revision in revisions)
        {
            split = CostSplitCalculator.Calculate(input with { SharedCost = revision.SharedCost });
            foreach (var municipality in split.Municipalities)
                schedules[municipality.Code] = Reschedule(schedules[municipality.Code], revision.FromMonth, municipality.Total);
        }
        var result = split.Municipalities.Select(m => new MunicipalitySchedule(m.Code, m.Name, schedules[m.Code])).ToList();
        return new AdvancePlan(initial, split, result);
    }

    /// <summary>floor(annual / 12) each month, the leftover cents one each to the earliest months.</summary>
    public static IReadOnlyList<Money> Spread(Money annual) => Reschedule(new Money[Months], 1, annual);

    /// <summary>
    /// Keeps months before <paramref name="fromMonth"/> (already invoiced) and spreads the rest of
    /// <paramref name="newAnnual"/> over the remaining months the same way as <see cref="Spread"/>.
    /// </summary>
    public static IReadOnlyList<Money> Reschedule(IReadOnlyList<Money> instalments, int fromMonth, Money newAnnual)
    {
        ArgumentNullException.ThrowIfNull(instalments);
        if (instalments.Count != Months) throw new ArgumentException("A schedule has 12 instalments.", nameof(instalments));
        ArgumentOutOfRangeException.ThrowIfLessThan(fromMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromMonth, Months);

        var invoiced = instalments.Take(fromMonth - 1).ToList();
        var remaining = newAnnual - Money.Sum(invoiced);
        var rest = LargestRemainder.SplitEvenly(remaining.Cents, Months - fromMonth + 1);
        return invoiced.Concat(rest.Select(Money.FromCents)).ToList();
    }
}
