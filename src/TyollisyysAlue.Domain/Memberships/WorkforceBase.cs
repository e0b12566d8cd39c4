using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Memberships;

/// <summary>Which statistic a workforce check rests on.</summary>
public enum WorkforceMeasure
{
    /// <summary>Labour force (työvoima), what Act 380/2023 §12 names.</summary>
    LabourForce = 1,
    /// <summary>Residents aged 18–64, used where labour force is missing and labelled as such.</summary>
    WorkingAge = 2,
}

/// <summary>A member's latest figures on the reference date (null where none is stored).</summary>
public sealed record MemberWorkforce(MunicipalityCode Code, decimal? LabourForce, decimal? WorkingAge);

/// <summary>An area's combined workforce for one budget year against the statutory minimum.</summary>
public sealed record WorkforceCheck(int Year, WorkforceMeasure Measure, decimal Total, IReadOnlyList<MunicipalityCode> Missing)
{
    /// <summary>Members whose own figure reaches the minimum: each could act alone (e.g. only Vaasa in Pohjanmaa).</summary>
    public IReadOnlyList<MunicipalityCode> AloneAboveMinimum { get; init; } = [];

    public bool MeetsMinimum => Total >= WorkforceBase.Minimum;
    /// <summary>The total is a lower bound: some members have no figure.</summary>
    public bool IsIncomplete => Missing.Count > 0;
}

/// <summary>
/// Act 380/2023 §12: an employment area's labour force must be at least 20 000. The check uses labour force when
/// every member has it, otherwise working-age population (18–64) for all members, so that one measure is summed.
/// </summary>
public static class WorkforceBase
{
    public const decimal Minimum = 20_000m;

    public static WorkforceCheck Check(int year, IReadOnlyCollection<MemberWorkforce> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var measure = members.Count > 0 && members.All(m => m.LabourForce is not null) ? WorkforceMeasure.LabourForce : WorkforceMeasure.WorkingAge;
        decimal? Of(MemberWorkforce m) => measure == WorkforceMeasure.LabourForce ? m.LabourForce : m.WorkingAge;
        var total = members.Sum(m => Of(m) ?? 0m);
        var missing = members.Where(m => Of(m) is null).Select(m => m.Code).ToList();
        var alone = members.Where(m => Of(m) >= Minimum).Select(m => m.Code).ToList();
        return new WorkforceCheck(year, measure, total, missing) { AloneAboveMinimum = alone };
    }

    /// <summary>
    /// The first budget year a membership ending on <paramref name="lastDay"/> no longer counts for: a membership counts
    /// for a year when in force on its 1 January (<see cref="Membership.CountsForBudgetYear"/>), so always the next year.
    /// </summary>
    public static int FirstYearWithout(DateOnly lastDay) => lastDay.Year + 1;
}
