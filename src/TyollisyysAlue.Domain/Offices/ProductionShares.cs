using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Offices;

/// <summary>
/// A unit's jobseekers and its share of the whole area's, in percent with one decimal. <see cref="InMunicipalityCount"/>:
/// a district whose municipality is also counted whole (Kuopio's Maaninka-Nilsiä inside Kuopio's 11 000) is shown with
/// its share but not added to any total again.
/// </summary>
public sealed record UnitShare(string Label, int Jobseekers, decimal SharePercent, bool InMunicipalityCount);

/// <summary>A unit of the input: the municipality it belongs to and whether it is a district of it.</summary>
public sealed record UnitCount(string Label, int Jobseekers, string Municipality, bool IsDistrict);

/// <summary>A group with its units, total, whole-percent share, staff range and jobseekers per person-year range.</summary>
public sealed record GroupShare(string Name, IReadOnlyList<UnitShare> Units, int Jobseekers, decimal SharePercent,
    decimal? StaffLow, decimal? StaffHigh, decimal? JobseekersPerPersonYearLow, decimal? JobseekersPerPersonYearHigh);

/// <summary>Input: a group's name, staff range and its units' labels and counts.</summary>
public sealed record GroupCounts(string Name, decimal? StaffLow, decimal? StaffHigh, IReadOnlyList<UnitCount> Units);

/// <summary>
/// Shares of the jobseekers as Kuopio's Table 1 shows them: each unit's share of the whole area with one decimal,
/// each group's with none, both rounded half away from zero from the exact share. Each figure is rounded on its own
/// (as in the plan), so the rounded shares need not add up to exactly 100. A district of a municipality that is also
/// counted whole is part of that count: it shows its share but adds to no total (Table 1: area 2 = 2 355, without
/// Maaninka-Nilsiä's 233, which are in Kuopio's 11 000).
/// </summary>
public static class ProductionShares
{
    public static IReadOnlyList<GroupShare> Compute(IReadOnlyList<GroupCounts> groups)
    {
        var whole = groups.SelectMany(g => g.Units).Where(u => !u.IsDistrict).Select(u => u.Municipality).ToHashSet();
        bool Counted(UnitCount u) => !u.IsDistrict || !whole.Contains(u.Municipality);
        var total = groups.Sum(g => g.Units.Where(Counted).Sum(u => (long)u.Jobseekers));
        return groups.Select(g =>
        {
            var groupTotal = g.Units.Where(Counted).Sum(u => u.Jobseekers);
            var units = g.Units.Select(u => new UnitShare(u.Label, u.Jobseekers, Rounding.Percent(u.Jobseekers, total, 1), !Counted(u))).ToList();
            return new GroupShare(g.Name, units, groupTotal, Rounding.Percent(groupTotal, total, 0), g.StaffLow, g.StaffHigh,
                PerPersonYear(groupTotal, g.StaffHigh), PerPersonYear(groupTotal, g.StaffLow));
        }).ToList();
    }

    /// <summary>Jobseekers per person-year, whole numbers; the most staff gives the low end of the range.</summary>
    public static decimal? PerPersonYear(long jobseekers, decimal? staff) =>
        staff is > 0 ? Rounding.Round(jobseekers / staff.Value, 0) : null;
}
