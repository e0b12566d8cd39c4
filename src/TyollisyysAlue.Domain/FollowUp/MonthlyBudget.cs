using System.Numerics;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>
/// A budget line's planned amount by month: spread evenly, or by the planner's profile of 12 weights. Either way the
/// months add up to the planned amount to the cent, split by <see cref="LargestRemainder"/> (ties to the earlier month).
/// </summary>
public static class MonthlyBudget
{
    public const int Months = 12;

    /// <summary>The monthly budget; <paramref name="profile"/> null (or all zero) spreads evenly.</summary>
    public static IReadOnlyList<Money> Of(Money planned, IReadOnlyList<decimal>? profile)
    {
        if (profile is null || profile.All(w => w == 0)) return AdvanceSchedule.Spread(planned);
        if (profile.Count != Months) throw new ArgumentException("A profile has 12 months.", nameof(profile));
        if (profile.Any(w => w < 0)) throw new ArgumentException("A profile's weights cannot be negative.", nameof(profile));
        // Weights in hundredths (a profile holds at most two decimals): exact integers for the split.
        var weights = profile.Select(w => new BigInteger(w * 100m)).ToList();
        return LargestRemainder.Split(planned.Cents, weights).Select(Money.FromCents).ToList();
    }
}
