namespace TyollisyysAlue.Domain.Indicators;

/// <summary>
/// The one place that decides which stored series is "the members' unemployment" where a screen shows it without a
/// user picking a series (the committee's dashboard and its month report). Two series carry it: the employment service
/// statistics' unemployed jobseekers (12r5 TYOTTOMATLOPUSSA, what a StatFin import fills), and the area's unemployed
/// jobseekers and people in services, which the cost-sharing keys and goal metrics use and which demo data, hand entries
/// and planners' mapped files fill. An area may hold either or both, for different spans: the one with the latest
/// month is the area's current trend; on the same latest month the first of <see cref="Candidates"/>.
/// </summary>
public static class UnemploymentSeries
{
    /// <summary>The series that may carry the members' unemployment, the preferred one first.</summary>
    public static IReadOnlyList<string> Candidates { get; } = [Indicator.UnemployedJobseekers, Indicator.Unemployed];

    /// <summary>The series to show, given the latest period each candidate has values for; null when none has any.</summary>
    public static string? Choose(IReadOnlyDictionary<string, DateOnly> latestPeriods)
    {
        ArgumentNullException.ThrowIfNull(latestPeriods);
        return Candidates.Where(latestPeriods.ContainsKey)
            .OrderByDescending(code => latestPeriods[code])
            .FirstOrDefault();
    }
}
