using TyollisyysAlue.Domain.Common;
namespace TyollisyysAlue.Application.Common;

/// <summary>
/// Budget years come from the clock and the data, never from code. The budget year is the calendar year in Finland;
/// a page offers the years its area has data for, the current one (its default) and the next one, to prepare it.
/// </summary>
public static class BudgetYears
{
    /// <summary>How far from the current year a typed year may lie before it is taken for a typing error.</summary>
    public const int PlausibleDistance = 50;

    public static int Current(TimeProvider clock) => HelsinkiTime.At(clock.GetUtcNow()).Year;

    public static IReadOnlyList<int> Offered(IEnumerable<int> yearsWithData, TimeProvider clock)
    {
        var current = Current(clock);
        return yearsWithData.Append(current).Append(current + 1).Distinct().Order().ToList();
    }

    public static bool IsPlausible(int year, TimeProvider clock) => Math.Abs(year - Current(clock)) <= PlausibleDistance;

    public static int EarliestPlausible(TimeProvider clock) => Current(clock) - PlausibleDistance;

    public static int LatestPlausible(TimeProvider clock) => Current(clock) + PlausibleDistance;
}
