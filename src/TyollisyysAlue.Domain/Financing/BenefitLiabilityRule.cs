using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>Benefits paid in a class of accumulated benefit days (Kela's open data publishes them so).</summary>
public sealed record PaidInDayClass(int FromDay, int? ToDay, Money Paid);

/// <summary>The municipality's share of one class: the step that covers it and round(paid × percent).</summary>
public sealed record LiabilityPart(PaidInDayClass Class, LiabilityStep? Step, Money MunicipalShare);

/// <summary>
/// The municipality's share of the unemployment benefits it co-funds: each class of accumulated days pays the
/// percentage of the step that covers the whole class (days before the first step: nothing). A class that straddles
/// two steps cannot be attributed and is refused rather than guessed.
/// </summary>
public static class BenefitLiabilityRule
{
    public static IReadOnlyList<LiabilityPart> Apply(IReadOnlyList<LiabilityStep> steps, IEnumerable<PaidInDayClass> classes)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(classes);
        var parts = new List<LiabilityPart>();
        foreach (var paid in classes)
        {
            var lastDay = paid.ToDay ?? int.MaxValue;
            var touching = steps.Where(s => s.FromDay <= lastDay && (s.ToDay ?? int.MaxValue) >= paid.FromDay).ToList();
            if (touching.Count > 1 || (touching.Count == 1 && !(touching[0].Covers(paid.FromDay) && touching[0].Covers(lastDay))))
                throw new DomainException("financing.class-straddles-steps", $"Days {paid.FromDay}–{paid.ToDay} fall under more than one step.");
            var step = touching.SingleOrDefault();
            parts.Add(new LiabilityPart(paid, step, step is null ? Money.Zero : FinancingRounding.ToCents(paid.Paid.ToEuros() * step.MunicipalPercent / 100m)));
        }
        return parts;
    }

    public static Money Total(IReadOnlyList<LiabilityStep> steps, IEnumerable<PaidInDayClass> classes) =>
        Money.Sum(Apply(steps, classes).Select(p => p.MunicipalShare));
}
